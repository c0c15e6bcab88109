// Journey projection writes. Times come from the workflow (its deterministic clock), never from this process's clock,
// so a retried or replayed activity writes the same row.
import { Db, type PrismaClient } from '@parcours/db';
import { insertJourneyStarts } from '../projections/journey-start.ts';
import { journeyEndColumns } from '../projections/journey-rows.ts';
import type { JourneyErrorDetail } from '../workflows/types.ts';

export interface JourneyStartedInput {
  journeyId: string;
  workflowId: string;
  patientId: string;
  definitionId: string;
  parcoursKey: string;
  version: number;
  startedBy: string | null;
  startedAt: string;
  enrolmentId?: string | null;
  /** The first run id; absent in histories recorded before the run chain existed. */
  runIds?: string[];
}

/**
 * Writes the journey's row (with its chain) and its `start` audit row unless the API wrote it first. When the worker
 * writes it first, the API's insert then finds the row there and writes neither.
 */
export async function insertStartedRow(prisma: PrismaClient, input: JourneyStartedInput): Promise<void> {
  const exists = await prisma.journey.count({ where: { id: input.journeyId } });
  if (exists) return;
  const starter = input.startedBy
    ? await prisma.user.findUnique({ where: { id: input.startedBy }, select: { role: true } })
    : null;
  const row = {
    id: input.journeyId,
    workflowId: input.workflowId,
    patientId: input.patientId,
    definitionId: input.definitionId,
    parcoursKey: input.parcoursKey,
    parcoursVersion: input.version,
    startedById: input.startedBy,
    startedAt: new Date(input.startedAt),
    enrolmentId: input.enrolmentId ?? null,
    runIds: input.runIds ?? [],
  };
  await insertJourneyStarts(prisma, [row], {
    actorRole: starter?.role ?? null,
    details: {
      parcoursKey: input.parcoursKey,
      version: input.version,
      ...(input.enrolmentId ? { enrolmentId: input.enrolmentId } : {}),
      recordedBy: 'worker',
    },
  });
}

/**
 * The first step of a journey whose row insertStartedRow wrote (or the API before it), in one statement: the step
 * always; the chain (and the enrolment) only where the API's row has none yet, as recordJourneyStarted does.
 */
export async function recordFirstStep(
  prisma: PrismaClient,
  input: JourneyStartedInput & { stepId: string },
): Promise<void> {
  const chain = input.runIds ?? [];
  const enrolmentId = input.enrolmentId ?? null;
  await prisma.$executeRaw`UPDATE "Journey" SET "currentStep" = ${input.stepId},
      "enrolmentId" = CASE WHEN cardinality("runIds") = 0 THEN COALESCE(${enrolmentId}::uuid, "enrolmentId")
        ELSE "enrolmentId" END,
      "runIds" = CASE WHEN cardinality("runIds") = 0 THEN ${chain}::text[] ELSE "runIds" END,
      "updatedAt" = now()
    WHERE id = ${input.journeyId}::uuid`;
}

export function journeyActivities(prisma: PrismaClient) {
  return {
    async recordJourneyStarted(input: JourneyStartedInput): Promise<void> {
      // The API may have written the row first (without the chain): complete it, never overwrite what is there.
      await insertStartedRow(prisma, input);
      const chain = input.runIds ?? [];
      if (chain.length || input.enrolmentId) {
        await prisma.journey.updateMany({
          where: { id: input.journeyId, runIds: { isEmpty: true } },
          data: { runIds: chain, ...(input.enrolmentId ? { enrolmentId: input.enrolmentId } : {}) },
        });
      }
    },

    /** Appends a run of the continue-as-new chain to the journey, once. */
    async recordRun(input: { journeyId: string; runId: string }): Promise<void> {
      await prisma.$executeRaw`UPDATE "Journey" SET "runIds" = array_append("runIds", ${input.runId}), "updatedAt" = now()
        WHERE id = ${input.journeyId}::uuid AND NOT (${input.runId} = ANY("runIds"))`;
    },

    async recordStep(input: { journeyId: string; stepId: string }): Promise<void> {
      await prisma.journey.update({ where: { id: input.journeyId }, data: { currentStep: input.stepId } });
    },

    /**
     * The journey waits in its `error` state: coordinators see which activity failed and why. Only a running journey
     * is marked, so a late retry of this write never reopens an ended one. Text PostgreSQL cannot store is dropped
     * so the record of a data error cannot itself fail on the same data.
     */
    async recordJourneyError(input: { journeyId: string; error: JourneyErrorDetail }): Promise<void> {
      const detail = Object.fromEntries(
        Object.entries(input.error).map(([k, v]) => [k, typeof v === 'string' ? v.replaceAll('\u0000', '') : v]),
      ) as Db.Prisma.InputJsonObject;
      await prisma.journey.updateMany({
        where: { id: input.journeyId, status: { in: ['running', 'error'] } },
        data: { status: 'error', errorDetail: detail },
      });
    },

    /** The failed activity went through on a retry: the journey runs again. */
    async recordJourneyRecovered(input: { journeyId: string }): Promise<void> {
      await prisma.journey.updateMany({
        where: { id: input.journeyId, status: 'error' },
        data: { status: 'running', errorDetail: Db.Prisma.DbNull },
      });
    },

    async finishJourney(input: {
      journeyId: string;
      status: 'completed' | 'cancelled' | 'failed';
      outcome: string | null;
      reason?: string;
      /** Workflow time; absent only in histories recorded before it was passed. */
      endedAt?: string;
    }): Promise<void> {
      const endedAt = input.endedAt ? new Date(input.endedAt) : new Date();
      await prisma.$transaction([
        prisma.journey.update({
          where: { id: input.journeyId },
          data: journeyEndColumns({
            status: input.status,
            outcome: input.outcome,
            endedAt,
            reason: input.reason ?? null,
          }),
        }),
        prisma.task.updateMany({
          where: { journeyId: input.journeyId, status: 'open' },
          data: { status: 'cancelled', cancelReason: input.reason ?? `journey ${input.status}` },
        }),
      ]);
    },
  };
}
