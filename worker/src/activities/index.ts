// Activities of the journey workflow, built from their dependencies so tests and the worker share one factory.
// Every projection write is idempotent: Temporal may run an activity more than once.
import { chooseTransition, patientFacts } from '@parcours/rules';
import type { Transition } from '@parcours/rules';
import { ApplicationFailure } from '@temporalio/common';
import { patientRecordSelect, toPatientRecord, type Db, type PrismaClient } from '@parcours/db';
import { findPublishedDefinition } from '../projections/pinned-definition.ts';
import type { PinnedDefinition } from '../workflows/types.ts';
import { journeyActivities } from './journeys.ts';
import { taskActivities } from './tasks.ts';
import { classifyPermanentErrors } from './permanent-errors.ts';

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
  // Every activity fails at once on a permanent database refusal instead of retrying it forever.
  return classifyPermanentErrors({
    ...journeyActivities(prisma),
    ...taskActivities(prisma),

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

    async writeOutbox(input: {
      journeyId: string;
      stepId: string;
      iteration: number;
      recipient: unknown;
      message: unknown;
    }) {
      await prisma.outboxMessage.upsert({
        where: {
          journeyId_stepId_iteration: { journeyId: input.journeyId, stepId: input.stepId, iteration: input.iteration },
        },
        create: {
          journeyId: input.journeyId,
          stepId: input.stepId,
          iteration: input.iteration,
          recipient: input.recipient as Db.Prisma.InputJsonValue,
          message: input.message as Db.Prisma.InputJsonValue,
        },
        update: {},
      });
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
