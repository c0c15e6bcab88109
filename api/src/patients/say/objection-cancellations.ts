// An objection must stop the patient's journeys even when Temporal cannot be reached at the moment it is recorded: the
// objection is the patient's right and is written first, whatever happens next. The request cancels what it can; what
// it could not reach is left to the sweep below, which every API process runs at boot and then every minute. It
// cancels each running (or in error) journey of a patient whose objection is in force, once per objection: a journey
// whose cancellation was already sent for that objection (its `cancel` audit row names it) is not sent it again while
// the worker has not yet projected the end, so a worker away does not fill the audit trail.
import type { Logger } from 'pino';
import { cancelJourneySignal } from '@parcours/worker';
import type { ApiDeps } from '../../deps.ts';
import { AppError } from '../../http/errors.ts';
import { isTemporalUnreachable, withTemporalDeadline } from '../../temporal/availability.ts';

export const OBJECTION_CANCEL_REASON = 'Opposition du patient';

/** How often each API process looks for journeys an objection has not stopped yet. */
export const OBJECTION_SWEEP_MS = 60_000;

interface Pending {
  journeyId: string;
  workflowId: string;
  patientId: string;
  objectionId: string;
  recordedById: string | null;
  recordedByRole: string | null;
}

type Deps = Pick<ApiDeps, 'prisma' | 'temporal' | 'config'>;

/** Journeys still running (or in error) under an objection in force, not yet sent their cancellation for it. */
async function pendingCancellations(prisma: Deps['prisma'], limit: number): Promise<Pending[]> {
  return prisma.$queryRaw<Pending[]>`
    SELECT j.id AS "journeyId", j."workflowId", j."patientId", o.id AS "objectionId",
           o."recordedById", u.role::text AS "recordedByRole"
    FROM "Journey" j
    JOIN "Patient" p ON p.id = j."patientId" AND p."objectingSince" IS NOT NULL
    CROSS JOIN LATERAL (
      SELECT e.id, e."recordedById" FROM "PatientSayEvent" e
      WHERE e."patientId" = p.id AND e.kind = 'objection'
      ORDER BY e."occurredOn" DESC, e."recordedAt" DESC LIMIT 1) o
    LEFT JOIN "User" u ON u.id = o."recordedById"
    WHERE j.status IN ('running', 'error')
      AND NOT EXISTS (
        SELECT 1 FROM "AuditEvent" a
        WHERE a.action = 'cancel' AND a.resource = 'journey' AND a."resourceId" = j.id::text
          AND a.details->>'objectionId' = o.id::text)
    ORDER BY j."startedAt", j.id
    LIMIT ${limit}`;
}

/**
 * Sends each pending cancellation, with its audit row in the name of whoever recorded the objection. Stops at the first
 * journey Temporal cannot be reached for (the next sweep takes them again); returns how many were sent.
 */
export async function sweepObjectionCancellations(deps: Deps, log: Logger, limit = 200): Promise<number> {
  const pending = await pendingCancellations(deps.prisma, limit);
  let sent = 0;
  for (const p of pending) {
    try {
      await withTemporalDeadline(deps.temporal, deps.config.TEMPORAL_CALL_TIMEOUT_MS, () =>
        deps.temporal.workflow
          .getHandle(p.workflowId)
          .signal(cancelJourneySignal, { reason: OBJECTION_CANCEL_REASON, cancelledBy: p.recordedById ?? 'objection' }),
      );
    } catch (error) {
      if (isUnreachable(error)) {
        log.warn({ pending: pending.length - sent }, 'objection cancellations wait for Temporal');
        break;
      }
      // A workflow Temporal no longer knows (ended, or history lost): logged; the worker's projection settles it.
      log.error({ err: error, journeyId: p.journeyId }, 'objection cancellation refused');
      continue;
    }
    await deps.prisma.auditEvent.create({
      data: {
        actorId: p.recordedById,
        actorRole: p.recordedByRole,
        action: 'cancel',
        resource: 'journey',
        resourceId: p.journeyId,
        patientId: p.patientId,
        details: { reason: OBJECTION_CANCEL_REASON, objectionId: p.objectionId, deferred: true },
      },
    });
    sent++;
  }
  return sent;
}

/** A 503 of withTemporalDeadline or a raw unreachability: Temporal is away, not refusing. */
export function isUnreachable(error: unknown): boolean {
  return isTemporalUnreachable(error) || (error instanceof AppError && error.status === 503);
}

/** Runs the sweep now and every `intervalMs`; stop() waits for a sweep in progress. */
export function startObjectionSweep(deps: Deps, log: Logger, intervalMs = OBJECTION_SWEEP_MS) {
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    running = running
      .then(() => sweepObjectionCancellations(deps, log))
      .then((sent) => sent && log.info({ sent }, 'objection cancellations sent'))
      .catch((error: unknown) => log.error({ err: error }, 'objection sweep failed'));
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
