// Rebuilds the Journey and Task projections from Temporal, the source of truth: for every journey workflow, its
// state (query for open ones, the last run's state for closed ones) is upserted. Idempotent: run it as often as
// needed, e.g. after restoring the database from an older backup.
import type { Client } from '@temporalio/client';
import { Db, type PrismaClient } from '@parcours/db';
import { fetchJourneyHistories } from '../history/fetch.ts';
import { journeyHistoryView } from '../history/timeline.ts';
import { journeyStateQuery } from '../workflows/messages.ts';
import type { JourneyInput, JourneyState, TaskAssigneeTarget } from '../workflows/types.ts';
import { journeyEndColumns } from './journey-rows.ts';
import { rebuiltAssignee } from './task-rows.ts';
import { defaultPayloadConverter } from '@temporalio/common';
import type { Logger } from 'pino';
import type { TimelineEvent } from '@parcours/rules/contract';

export interface RebuildReport {
  journeys: number;
  tasks: number;
  failed: { workflowId: string; error: string }[];
}

export async function rebuildProjections(
  client: Client,
  prisma: PrismaClient,
  options: { query?: string; logger?: Pick<Logger, 'debug' | 'warn' | 'info'> } = {},
): Promise<RebuildReport> {
  const logger = options.logger;
  const report: RebuildReport = { journeys: 0, tasks: 0, failed: [] };
  const seen = new Set<string>();
  const query = options.query ?? "WorkflowType='parcoursJourney'";
  for await (const info of client.workflow.list({ query })) {
    if (seen.has(info.workflowId)) continue; // older runs of a continued or re-enrolled journey: the latest wins
    seen.add(info.workflowId);
    try {
      const tasks = await rebuildOne(client, prisma, info.workflowId, info.status.name === 'RUNNING');
      report.tasks += tasks;
      report.journeys++;
      logger?.debug({ workflowId: info.workflowId, tasks }, 'journey projection rebuilt');
    } catch (error) {
      report.failed.push({ workflowId: info.workflowId, error: (error as Error).message });
      logger?.warn({ workflowId: info.workflowId, err: error }, 'journey projection not rebuilt');
    }
  }
  logger?.info({ journeys: report.journeys, tasks: report.tasks, failed: report.failed.length }, 'projections rebuilt');
  return report;
}

/**
 * Whom the history last sent a task to, and why: its opening, or a later escalation (with the reason its rule gave)
 * or reassignment (a person's choice: no rule's reason).
 */
function lastAssignment(events: TimelineEvent[], opened: TimelineEvent) {
  const taskId = opened.detail?.taskId;
  const moved = events.filter(
    (e) => e.detail?.taskId === taskId && ((e.kind === 'escalation' && e.detail?.to) || e.kind === 'task-reassigned'),
  );
  const last = moved.at(-1) ?? opened;
  const detail = last.detail ?? {};
  const assignee = last.kind === 'task-reassigned' ? detail.to : (detail.assignee ?? detail.to);
  const rule = last.kind === 'escalation' ? detail.to : detail.rule;
  const reason = last.kind === 'task-reassigned' ? undefined : detail.assignment;
  return {
    assignee,
    assignment: reason ? ({ rule, reason } as Db.Prisma.InputJsonObject) : undefined,
  };
}

async function rebuildOne(client: Client, prisma: PrismaClient, workflowId: string, running: boolean): Promise<number> {
  const handle = client.workflow.getHandle(workflowId);
  const runs = await fetchJourneyHistories(client, workflowId);
  const firstEvent = runs[0]!.history.events![0]!.workflowExecutionStartedEventAttributes!;
  const input = defaultPayloadConverter.fromPayload<JourneyInput>(firstEvent.input!.payloads![0]! as never);
  // A closed workflow still answers queries (its last state is replayed by a worker); the history is the fallback.
  const state: JourneyState | null = await handle.query(journeyStateQuery).catch(() => null);
  const view = journeyHistoryView(runs);
  const end = [...view.events]
    .reverse()
    .find((e) => e.kind === 'completed' || e.kind === 'cancelled' || e.kind === 'failed');
  const status =
    state?.status ?? (end ? (end.kind as 'completed' | 'cancelled' | 'failed') : running ? 'running' : 'failed');
  const outcome =
    state?.outcome ?? (end?.detail?.outcome as string | undefined) ?? (status === 'cancelled' ? 'cancelled' : null);
  const data = {
    workflowId,
    patientId: input.patientId,
    definitionId: input.definition.id,
    parcoursKey: input.definition.key,
    parcoursVersion: input.definition.version,
    startedById: input.startedBy ?? null,
    startedAt: new Date(view.events[0]?.at ?? Date.now()),
    enrolmentId: input.enrolmentId ?? null,
    currentStep: state?.currentStep ?? [...view.events].reverse().find((e) => e.stepId)?.stepId ?? null,
    runIds: view.runs,
    ...(status === 'running' || status === 'error' || !end
      ? {
          status,
          outcome,
          errorDetail: state?.error ? (state.error as unknown as Db.Prisma.InputJsonObject) : Db.Prisma.DbNull,
          endedAt: null,
        }
      : journeyEndColumns({ status, outcome, endedAt: new Date(end.at) })),
  };
  await prisma.journey.upsert({
    where: { id: input.journeyId },
    create: { id: input.journeyId, ...data },
    update: data,
  });

  // Tasks: every task the history opened, with its completion if any; the query adds the current assignee. A claim is
  // the projection's own (the workflow never hears of it): kept while the task is for the same pool.
  let tasks = 0;
  const existing = new Map(
    (
      await prisma.task.findMany({
        where: { journeyId: input.journeyId },
        select: {
          id: true,
          assigneeProfession: true,
          assigneeRole: true,
          assigneeUserId: true,
          assigneePoolKey: true,
          assigneeCommuneCode: true,
          claimedAt: true,
        },
      })
    ).map((t) => [t.id, t]),
  );
  const completed = new Map(
    view.events.filter((e) => e.kind === 'task-completed').map((e) => [String(e.detail?.taskId), e]),
  );
  for (const opened of view.events.filter((e) => e.kind === 'task-opened')) {
    const taskId = String(opened.detail?.taskId);
    const done = completed.get(taskId);
    const live = state?.openTasks.find((t) => t.taskId === taskId);
    const { assignee: recorded, assignment } = lastAssignment(view.events, opened);
    const assignee = (live?.assignee ?? recorded) as TaskAssigneeTarget | undefined;
    const step = input.definition.body.steps.find((s) => s.id === opened.stepId);
    const taskStatus = done ? 'completed' : live ? 'open' : 'cancelled';
    const row = {
      journeyId: input.journeyId,
      stepId: opened.stepId!,
      iteration: Number(opened.detail?.iteration ?? 0),
      title: (step?.title ?? { fr: opened.stepId! }) as Db.Prisma.InputJsonValue,
      status: taskStatus,
      ...(assignee
        ? rebuiltAssignee(assignee, existing.get(taskId) ?? null)
        : {
            assigneeProfession: null,
            assigneeRole: null,
            assigneeUserId: null,
            assigneePoolKey: null,
            assigneeCommuneCode: null,
            claimedAt: null,
          }),
      assignment: assignment ?? Db.Prisma.DbNull,
      form: ((step && 'form' in step ? step.form : []) ?? []) as unknown as Db.Prisma.InputJsonValue,
      dueAt: opened.detail?.dueAt ? new Date(String(opened.detail.dueAt)) : null,
      answers: (done?.detail?.answers ?? undefined) as Db.Prisma.InputJsonValue | undefined,
      completedById: done?.actor?.id ?? null,
      completedAt: done ? new Date(done.at) : null,
    } as const;
    await prisma.task.upsert({ where: { id: taskId }, create: { id: taskId, ...row }, update: row });
    tasks++;
  }
  return tasks;
}
