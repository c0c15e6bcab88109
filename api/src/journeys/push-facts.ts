// POST /api/journeys/:id/facts: new patient facts (a new HbA1c, a readmission) sent to the running journey through
// its pushFacts update; answered once the workflow has taken them (and re-evaluated a pending decision if due).
import type { RequestHandler } from 'express';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { z } from 'zod';
import { pushFactsUpdate } from '@parcours/worker';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import type { PushFactsResult } from '@parcours/rules/contract';
import type { ApiDeps } from '../deps.ts';
import { idParams } from '../http/common.ts';
import { requireWorker } from '../temporal/availability.ts';
import { AppError } from '../http/errors.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { placeFacts } from './place-facts.ts';

export const pushFactsBody = z.strictObject({
  facts: z
    .record(
      z.string().max(100),
      z.union([z.string().max(1000), z.number(), z.boolean(), z.null(), z.array(z.string().max(100)).max(100)]),
    )
    .refine((f) => Object.keys(f).length > 0 && Object.keys(f).length <= 50, 'entre 1 et 50 données'),
  source: z.string().max(200).optional(),
});

export function pushFacts({ prisma, temporal, config }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const { id } = parseParams(idParams, req);
    const body = parseBody(pushFactsBody, req);
    const facts = placeFacts(body.facts);
    const journey = await prisma.journey.findUnique({ where: { id } });
    if (!journey) throw new AppError(404, 'not_found', 'Parcours patient introuvable');
    if (journey.status !== 'running') throw new AppError(409, 'not_running', 'Ce parcours est déjà terminé');
    await requireWorker(temporal, config.TEMPORAL_TASK_QUEUE);
    try {
      const result = await temporal.workflow.getHandle(journey.workflowId).executeUpdate(pushFactsUpdate, {
        args: [{ facts, pushedBy: currentUser(req).id, ...(body.source ? { source: body.source } : {}) }],
      });
      await recordAudit(prisma, req, {
        action: 'update',
        resource: 'journey-facts',
        resourceId: id,
        patientId: journey.patientId,
        details: { keys: Object.keys(body.facts) },
      });
      res.json(result satisfies PushFactsResult);
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError)
        throw new AppError(
          409,
          'facts_refused',
          `Le parcours a refusé ces données : ${error.cause?.message ?? error.message}`,
        );
      throw error;
    }
  };
}
