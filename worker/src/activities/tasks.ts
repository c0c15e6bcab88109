// Task projection writes: open, close, remind, escalate, reassign. Each is idempotent (keyed on the task, guarded on
// its state) because Temporal may run an activity more than once.
import { LAST_RESORT } from '@parcours/rules';
import type { Assignee, FormField, LocalizedText } from '@parcours/rules';
import type { Db, PrismaClient } from '@parcours/db';
import { resolveForJourney, type RecordedAssignment } from '../assignment/resolve.ts';
import { reassignTaskRow, rowTarget, taskAssigneeColumns, taskRecipient } from '../projections/task-rows.ts';
import type { OpenedTask, ResolvedAssignee, TaskAssigneeTarget } from '../workflows/types.ts';
import { activityLog } from './log.ts';
import { failPermanentlyOnDataError } from './permanent-errors.ts';

const rowSelect = {
  id: true,
  assigneeProfession: true,
  assigneeRole: true,
  assigneeUserId: true,
  assigneePoolKey: true,
  assigneeCommuneCode: true,
  claimedAt: true,
  assignment: true,
} as const;

type AssigneeRow = Parameters<typeof rowTarget>[0] & { assignment: unknown };

/** What a row says it was assigned to and why (rows opened before assignment rules have no reason: their rule). */
function resolvedFromRow(row: AssigneeRow): ResolvedAssignee {
  const recorded = row.assignment as RecordedAssignment | null;
  return { assignee: rowTarget(row) ?? LAST_RESORT, assignment: recorded?.reason ?? { kind: 'rule' } };
}

function openedFromRow(row: AssigneeRow & { id: string }): OpenedTask {
  return { taskId: row.id, ...resolvedFromRow(row) };
}

export interface OpenTaskInput {
  journeyId: string;
  stepId: string;
  iteration: number;
  title: LocalizedText;
  assignee: Assignee;
  form: FormField[];
  dueAt: string | null;
  /** Workflow time; absent only in histories recorded before it was passed. */
  openedAt?: string;
}

export function taskActivities(prisma: PrismaClient) {
  return {
    /**
     * Opens the task's row for whom its rule names on the opening day (a care-team rule against the patient's team,
     * see ../assignment), with the reason. A retried activity finds the row and answers what it says: the task never
     * moves to someone else because the team changed between two attempts.
     */
    async openTask(input: OpenTaskInput): Promise<OpenedTask> {
      const key = { journeyId: input.journeyId, stepId: input.stepId, iteration: input.iteration };
      const { target, reason } = await resolveForJourney(
        prisma,
        input.journeyId,
        input.assignee,
        input.openedAt ? new Date(input.openedAt) : new Date(),
      );
      const assignment: RecordedAssignment = { rule: input.assignee, reason };
      // At most two queries (it runs for every task): the context (none for a plain profession or role rule), then the
      // upsert. A retry resolves again but the upsert keeps the first row, and the row's columns are the answer.
      const task = await prisma.task.upsert({
        where: { journeyId_stepId_iteration: key },
        create: {
          ...key,
          title: input.title,
          ...taskAssigneeColumns(target),
          assignment: assignment as unknown as Db.Prisma.InputJsonValue,
          form: input.form as unknown as Db.Prisma.InputJsonValue,
          dueAt: input.dueAt ? new Date(input.dueAt) : null,
        },
        update: {},
        select: rowSelect,
      });
      const opened = openedFromRow(task);
      activityLog().info('task opened', { ...key, taskId: task.id, assignment: opened.assignment.kind });
      return opened;
    },

    async closeTask(input: {
      taskId: string;
      status: 'completed' | 'cancelled';
      answers?: Record<string, unknown>;
      completedBy?: string;
      /** Workflow time; absent only in histories recorded before it was passed. */
      completedAt?: string;
    }): Promise<void> {
      const { count } = await failPermanentlyOnDataError(() =>
        prisma.task.updateMany({
          where: { id: input.taskId, status: 'open' },
          data: {
            status: input.status,
            answers: (input.answers ?? undefined) as Db.Prisma.InputJsonValue | undefined,
            completedById: input.completedBy ?? null,
            completedAt: input.completedAt ? new Date(input.completedAt) : new Date(),
          },
        }),
      );
      // A retried activity finds the task closed already: said so, the answers themselves never logged.
      activityLog().info('task closed', { taskId: input.taskId, status: input.status, alreadyClosed: count === 0 });
    },

    /**
     * A reminder or an escalation fired: stamp the task (an escalation also hands it on, its `to` resolved like a
     * task's rule) and queue the message once. An escalation answers whom the task went to and why; a retried one
     * finds the task escalated already and answers what the row says.
     */
    async recordTaskAlert(input: {
      journeyId: string;
      taskId: string;
      stepId: string;
      iteration: number;
      kind: 'reminder' | 'escalation';
      at: string;
      to?: Assignee;
    }): Promise<ResolvedAssignee | undefined> {
      const at = new Date(input.at);
      const task = await prisma.task.findUniqueOrThrow({ where: { id: input.taskId } });
      const title = task.title as { fr: string; en?: string };
      let recipient: Record<string, string> = taskRecipient(task);
      let escalated: ResolvedAssignee | undefined;
      let columns = {};
      if (input.kind === 'escalation' && task.escalatedAt) escalated = resolvedFromRow(task);
      else if (input.kind === 'escalation' && input.to) {
        const { target, reason } = await resolveForJourney(prisma, input.journeyId, input.to, at);
        escalated = { assignee: target, assignment: reason };
        const assignment: RecordedAssignment = { rule: input.to, reason };
        columns = { ...taskAssigneeColumns(target), claimedAt: null, assignment: assignment as object };
        recipient = taskRecipient(taskAssigneeColumns(target));
      }
      const message =
        input.kind === 'reminder'
          ? { fr: `Rappel : tâche « ${title.fr} » à faire`, en: `Reminder: task "${title.en ?? title.fr}" is due` }
          : {
              fr: `Tâche « ${title.fr} » en retard, transmise`,
              en: `Task "${title.en ?? title.fr}" overdue, escalated`,
            };
      await prisma.$transaction([
        prisma.task.updateMany({
          where: { id: input.taskId, status: 'open', [input.kind === 'reminder' ? 'remindedAt' : 'escalatedAt']: null },
          data: input.kind === 'reminder' ? { remindedAt: at } : { escalatedAt: at, ...columns },
        }),
        // The outbox key is (journey, step, iteration): the alert gets its own pseudo-step so it never collides.
        prisma.outboxMessage.upsert({
          where: {
            journeyId_stepId_iteration: {
              journeyId: input.journeyId,
              stepId: `${input.stepId}#${input.kind}`,
              iteration: input.iteration,
            },
          },
          create: {
            journeyId: input.journeyId,
            stepId: `${input.stepId}#${input.kind}`,
            iteration: input.iteration,
            recipient: recipient as Db.Prisma.InputJsonValue,
            message: { ...message, taskId: input.taskId } as Db.Prisma.InputJsonValue,
          },
          update: {},
        }),
      ]);
      activityLog().info('task alert queued', { journeyId: input.journeyId, taskId: input.taskId, kind: input.kind });
      return escalated;
    },

    async reassignTask(input: { taskId: string; to: TaskAssigneeTarget; reassignedBy: string }): Promise<void> {
      await failPermanentlyOnDataError(() => reassignTaskRow(prisma, input.taskId, input.to));
    },
  };
}
