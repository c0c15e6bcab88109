// Activities of the journey workflow, built from their dependencies so tests and the worker share one factory.
// Every projection write is idempotent: Temporal may run an activity more than once.
import { assigneeSchema, chooseTransition, patientFacts } from '@parcours/rules';
import type { AssignmentReason, Transition } from '@parcours/rules';
import { ApplicationFailure } from '@temporalio/common';
import { patientRecordSelect, toPatientRecord, type Db, type PrismaClient } from '@parcours/db';
import { findPublishedDefinition } from '../projections/pinned-definition.ts';
import type { OpenedTask, PinnedDefinition } from '../workflows/types.ts';
import { insertStartedRow, journeyActivities, recordFirstStep, type JourneyStartedInput } from './journeys.ts';
import { taskActivities, type OpenTaskInput } from './tasks.ts';
import { classifyPermanentErrors, failPermanentlyOnDataError } from './permanent-errors.ts';
import { resolveForJourney } from '../assignment/resolve.ts';
import { taskAssigneeColumns, taskRecipient } from '../projections/task-rows.ts';

/** The recipient an outbox row holds, and why when a rule chose it (kept beside the message text). */
function recordedRecipient(row: { recipient: unknown; message: unknown }) {
  const assignment = (row.message as { assignment?: AssignmentReason } | null)?.assignment;
  return { recipient: row.recipient, ...(assignment ? { assignment } : {}) };
}

export interface ActivityDeps {
  prisma: PrismaClient;
}

export interface DecideInput {
  patientId: string;
  stepId: string;
  next: Transition[];
  answers: Record<string, Record<string, unknown>>;
  journey: { startedAt: string; daysSinceStart: number; iteration: number; previousOutcome: string | null };
  now: string;
  /** Facts pushed to the journey (pushFacts), laid over the patient's recorded facts; `extra` is merged key by key. */
  pushedFacts?: Record<string, unknown>;
}

export function createActivities({ prisma }: ActivityDeps) {
  const writes = projectionWrites(prisma);
  // Every activity fails at once on a permanent database refusal instead of retrying it forever.
  return classifyPermanentErrors({
    ...writes,

    /**
     * One projection write run as a local activity (journeys started since the local-projection-writes patch, see
     * workflows/local-writes.ts). A local activity's marker records its result only, not its input: the write's
     * arguments come back with its result so the history view still reads what was written (history/timeline.ts).
     * Every write is idempotent, so the at-least-once of a local activity (run again when the workflow task that ran
     * it is lost) writes nothing twice.
     */
    async projectionWrite<N extends ProjectionWriteName>(input: { name: N; args: ProjectionWriteArgs<N> }) {
      const write = writes[input.name] as (args: ProjectionWriteArgs<N>) => Promise<ProjectionWriteResult<N>>;
      if (typeof write !== 'function')
        throw ApplicationFailure.nonRetryable(`No projection write ${String(input.name)}`, 'UnknownWrite');
      const result = await write(input.args);
      return { name: input.name, args: input.args, result };
    },

    /** Chooses the transition; runs as a local activity so facts and explanation land in the history. */
    async decide(input: DecideInput) {
      const patient = await prisma.patient.findUnique({ where: { id: input.patientId }, select: patientRecordSelect });
      if (!patient) throw ApplicationFailure.nonRetryable(`Patient ${input.patientId} not found`, 'PatientNotFound');
      const now = new Date(input.now);
      const recorded = patientFacts(toPatientRecord(patient), now);
      const pushed = input.pushedFacts ?? {};
      const pushedExtra = (pushed.extra ?? {}) as Record<string, unknown>;
      const facts = {
        patient: { ...recorded, ...pushed, extra: { ...recorded.extra, ...pushedExtra } } as typeof recorded,
        answers: input.answers,
        journey: input.journey,
      };
      const choice = await chooseTransition(input.next, facts, now);
      return { ...choice, facts: { patient: facts.patient, journey: facts.journey } };
    },

    /** The pinned snapshot a subparcours starts with: the given version, or the latest published one. */
    async loadPublishedDefinition(input: { key: string; version?: number }): Promise<PinnedDefinition> {
      const pinned = await findPublishedDefinition(prisma, input.key, input.version);
      if (!pinned) {
        const which = `${input.key}${input.version ? ` v${input.version}` : ''}`;
        throw ApplicationFailure.nonRetryable(`No published parcours ${which}`, 'DefinitionNotFound');
      }
      return pinned;
    },
  });
}

export type JourneyActivities = ReturnType<typeof createActivities>;

/**
 * One write of a folded call, its permanent failure naming that write (`details[0].write`): a journey held in error
 * says which write failed (recordStep, openTask…), as it did when each was an activity of its own.
 */
async function asWrite<T>(write: string, call: () => Promise<T>): Promise<T> {
  try {
    return await failPermanentlyOnDataError(call);
  } catch (error) {
    if (!(error instanceof ApplicationFailure) || !error.nonRetryable) throw error;
    throw ApplicationFailure.create({
      type: error.type ?? undefined,
      message: error.message,
      nonRetryable: true,
      details: [{ write }],
    });
  }
}

/** The writes of the Journey, Task and OutboxMessage projections: each idempotent, keyed on what it writes. */
function projectionWrites(prisma: PrismaClient) {
  const journeys = journeyActivities(prisma);
  const tasks = taskActivities(prisma);
  return {
    ...journeys,
    ...tasks,

    /**
     * Entering a step in one call (journeys since the local-projection-writes patch): the journey's first step comes
     * with its start (recordJourneyStarted folded in), a task step with its task (openTask folded in).
     */
    async enterStep(input: {
      journeyId: string;
      stepId: string;
      started?: JourneyStartedInput;
      task?: OpenTaskInput;
    }): Promise<{ task?: OpenedTask }> {
      if (input.started) {
        const started = input.started;
        await asWrite('recordJourneyStarted', () => insertStartedRow(prisma, started));
        await asWrite('recordStep', () => recordFirstStep(prisma, { ...started, stepId: input.stepId }));
      } else
        await asWrite('recordStep', () => journeys.recordStep({ journeyId: input.journeyId, stepId: input.stepId }));
      const task = input.task;
      return task ? { task: await asWrite('openTask', () => tasks.openTask(task)) } : {};
    },

    /**
     * A notify step's message, queued once per step and iteration. Its `to` is resolved like a task's rule (the
     * patient's own professional, a pool…) into the recipient the relay and the inbox read; a retried activity answers
     * the recipient the row already holds.
     */
    async writeOutbox(input: {
      journeyId: string;
      stepId: string;
      iteration: number;
      recipient: unknown;
      message: unknown;
      /** Workflow time; absent only in histories recorded before it was passed. */
      at?: string;
    }): Promise<{ recipient: unknown; assignment?: AssignmentReason }> {
      const key = { journeyId: input.journeyId, stepId: input.stepId, iteration: input.iteration };
      let recipient = input.recipient;
      let assignment: AssignmentReason | undefined;
      const rule = assigneeSchema.safeParse(input.recipient);
      if (rule.success) {
        const at = input.at ? new Date(input.at) : new Date();
        const resolved = await resolveForJourney(prisma, input.journeyId, rule.data, at);
        recipient = taskRecipient(taskAssigneeColumns(resolved.target));
        assignment = resolved.reason;
      }
      const message = { ...(input.message as object), ...(assignment ? { assignment } : {}) };
      // A retry resolves again, but the upsert keeps the first row: its recipient is the answer.
      const row = await prisma.outboxMessage.upsert({
        where: { journeyId_stepId_iteration: key },
        create: {
          ...key,
          recipient: recipient as Db.Prisma.InputJsonValue,
          message: message as Db.Prisma.InputJsonValue,
        },
        update: {},
        select: { recipient: true, message: true },
      });
      return recordedRecipient(row);
    },
  };
}

export type ProjectionWrites = ReturnType<typeof projectionWrites>;
export type ProjectionWriteName = keyof ProjectionWrites;
export type ProjectionWriteArgs<N extends ProjectionWriteName> = Parameters<ProjectionWrites[N]>[0];
export type ProjectionWriteResult<N extends ProjectionWriteName> = Awaited<ReturnType<ProjectionWrites[N]>>;
