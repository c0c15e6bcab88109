// /api/journeys: the journey list and detail come from the Postgres projection; starting and cancelling go to Temporal.
import { Router } from 'express';
import { z } from 'zod';
import { cancelJourneySignal } from '@parcours/worker';
import { recordAudit } from '../audit/record.ts';
import { allow, currentUser } from '../auth/middleware.ts';
import { journeyScope } from '../auth/scope.ts';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { parseListQuery, sendList } from '../http/list-query.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { startJourney } from './start-journey.ts';

const idParams = z.object({ id: z.string().uuid() });
const listFilter = z.strictObject({
  patientId: z.string().uuid().optional(),
  parcoursKey: z.string().max(100).optional(),
  status: z.enum(['running', 'completed', 'cancelled', 'failed']).optional(),
  currentStep: z.string().max(100).optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});
const cancelBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });

function present(j: {
  id: string;
  status: string;
  outcome: string | null;
  currentStep: string | null;
  parcoursKey: string;
  parcoursVersion: number;
  patientId: string;
  startedAt: Date;
  endedAt: Date | null;
  workflowId: string;
}) {
  return {
    id: j.id,
    status: j.status,
    outcome: j.outcome,
    currentStep: j.currentStep,
    parcoursKey: j.parcoursKey,
    version: j.parcoursVersion,
    parcoursVersion: j.parcoursVersion,
    patientId: j.patientId,
    startedAt: j.startedAt,
    endedAt: j.endedAt,
    workflowId: j.workflowId,
  };
}

export function journeysRouter(deps: ApiDeps): Router {
  const { prisma, temporal } = deps;
  const router = Router();

  router.get('/', allow('coordinator', 'auditor', 'professional'), async (req, res) => {
    const user = currentUser(req);
    const q = parseListQuery(req.query, {
      sortable: ['startedAt', 'status', 'parcoursKey', 'currentStep', 'updatedAt'],
      filter: listFilter,
    });
    const { id, ...rest } = q.filter;
    const where = { AND: [journeyScope(user), { ...rest, ...(id ? { id: { in: id } } : {}) }] };
    const [rows, total] = await Promise.all([
      prisma.journey.findMany({
        where,
        skip: q.skip,
        take: q.take,
        orderBy: q.sort ? { [q.sort.field]: q.sort.order } : { startedAt: 'desc' },
      }),
      prisma.journey.count({ where }),
    ]);
    await recordAudit(prisma, req, {
      action: 'list',
      resource: 'journey',
      details: { filter: q.filter, count: rows.length },
    });
    sendList(res, 'journeys', rows.map(present), q.skip, total);
  });

  router.post('/', allow('coordinator'), startJourney(deps));

  router.get('/:id', allow('coordinator', 'auditor', 'professional'), async (req, res) => {
    const { id } = parseParams(idParams, req);
    const journey = await prisma.journey.findFirst({ where: { AND: [{ id }, journeyScope(currentUser(req))] } });
    if (!journey) throw new AppError(404, 'not_found', 'Parcours patient introuvable');
    await recordAudit(prisma, req, {
      action: 'read',
      resource: 'journey',
      resourceId: id,
      patientId: journey.patientId,
    });
    res.json(present(journey));
  });

  router.post('/:id/cancel', allow('coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req);
    const { reason } = parseBody(cancelBody, req);
    const journey = await prisma.journey.findUnique({ where: { id } });
    if (!journey) throw new AppError(404, 'not_found', 'Parcours patient introuvable');
    if (journey.status !== 'running') throw new AppError(409, 'not_running', 'Ce parcours est déjà terminé');
    await temporal.workflow
      .getHandle(journey.workflowId)
      .signal(cancelJourneySignal, { reason, cancelledBy: currentUser(req).id });
    await recordAudit(prisma, req, {
      action: 'cancel',
      resource: 'journey',
      resourceId: id,
      patientId: journey.patientId,
      details: { reason },
    });
    res.status(202).json({ id, status: 'cancelling' });
  });

  return router;
}
