// POST /api/journeys/:id/retry: a coordinator asks a journey held in `error` (an activity failed for good) to run the
// failed activity again, once its cause is fixed. Answered with the outcome: `running` when it went through, `error`
// (with the new message) when it failed again.
import type { RequestHandler } from 'express';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { retryFailedStepUpdate } from '@parcours/worker';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import type { RetryVerdict } from '@parcours/rules/contract';
import type { ApiDeps } from '../deps.ts';
import { idParams } from '../http/common.ts';
import { requireWorker } from '../temporal/availability.ts';
import { AppError } from '../http/errors.ts';
import { parseParams } from '../http/validate.ts';

function notInError(): AppError {
  return new AppError(409, 'not_in_error', 'Ce parcours n’est pas en erreur : il n’y a pas d’étape à relancer');
}

export function retryFailedStep({ prisma, temporal, config }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const { id } = parseParams(idParams, req);
    const journey = await prisma.journey.findUnique({ where: { id } });
    if (!journey) throw new AppError(404, 'not_found', 'Parcours patient introuvable');
    if (journey.status !== 'error') throw notInError();
    await requireWorker(temporal, config.TEMPORAL_TASK_QUEUE);
    try {
      const result = await temporal.workflow
        .getHandle(journey.workflowId)
        .executeUpdate(retryFailedStepUpdate, { args: [{ requestedBy: currentUser(req).id }] });
      await recordAudit(prisma, req, {
        action: 'retry',
        resource: 'journey',
        resourceId: id,
        patientId: journey.patientId,
        details: { failed: journey.errorDetail, outcome: result.status },
      });
      res.json({ id, ...result } satisfies RetryVerdict);
    } catch (error) {
      // The projection said error, the workflow no longer is (a retry already under way, or it was cancelled).
      if (error instanceof WorkflowUpdateFailedError) throw notInError();
      throw error;
    }
  };
}
