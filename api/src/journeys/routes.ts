// /api/journeys: the list and detail come from the Postgres projection; starting, cancelling and new facts go to
// Temporal; history, export and replay read Temporal's own record.
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import { journeyScope } from '../auth/scope.ts';
import { idParams } from '../http/common.ts';
import { AppError } from '../http/errors.ts';
import { findPage, listedPatients, listRoute, orderOf } from '../http/list-route.ts';
import { route } from '../http/route.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { CANCELLABLE, cancelJourney } from './cancel-journey.ts';
import { journeyHistory, journeyHistoryJson, replayJourneyRoute } from './history.ts';
import { journeyInclude, presentJourneys } from './present.ts';
import { pushFacts, pushFactsBody } from './push-facts.ts';
import { retryFailedStep } from './retry-step.ts';
import { startJourney, startJourneyBody } from './start-journey.ts';

const listFilter = z.strictObject({
  /** Free-text search on the patient's last or first name. */
  q: z.string().trim().max(100).optional(),
  patientId: z.string().uuid().optional(),
  parcoursKey: z.string().max(100).optional(),
  status: z.enum(['running', 'error', 'completed', 'cancelled', 'failed']).optional(),
  currentStep: z.string().max(100).optional(),
  overdue: z.boolean().optional(),
  enrolmentId: z.string().uuid().optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});
const sortable = ['startedAt', 'endedAt', 'status', 'parcoursKey', 'version', 'currentStep', 'updatedAt'] as const;
// The list shows the pinned version as `version`; its column is `parcoursVersion`.
const columns = { version: 'parcoursVersion' };
export const cancelBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });
const tag = 'journeys';

export const journeysRoutes = [
  route({
    method: 'get',
    path: '/journeys',
    permission: ['journeys', 'list'],
    tag,
    summary: 'Parcours patients (un professionnel ne voit que ceux des patients qu’il peut lire)',
    list: { filter: listFilter, sortable, columns },
    handler: listRoute({
      resource: 'journeys',
      list: { sortable, columns, filter: listFilter },
      fetch: ({ deps, req, q, now }) => {
        const { id, overdue, q: search, ...rest } = q.filter;
        const where = {
          AND: [
            journeyScope(currentUser(req)),
            rest,
            id ? { id: { in: id } } : {},
            search
              ? {
                  patient: {
                    OR: [
                      { lastName: { contains: search, mode: 'insensitive' as const } },
                      { firstName: { contains: search, mode: 'insensitive' as const } },
                    ],
                  },
                }
              : {},
            overdue === undefined
              ? {}
              : overdue
                ? { tasks: { some: { status: 'open' as const, dueAt: { lt: now } } } }
                : { tasks: { none: { status: 'open' as const, dueAt: { lt: now } } } },
          ],
        };
        return findPage(
          q,
          (page) =>
            deps.prisma.journey.findMany({
              where,
              include: journeyInclude(now),
              orderBy: orderOf(q, { startedAt: 'desc' as const }),
              ...page,
            }),
          (capped) => deps.prisma.journey.count({ where, ...capped }),
        );
      },
      audit: { resource: 'journey', details: (rows) => listedPatients(rows, (j) => j.patientId) },
      present: (rows, { deps }) => presentJourneys(deps, rows),
    }),
  }),
  route({
    method: 'post',
    path: '/journeys',
    permission: ['journeys', 'create'],
    tag,
    summary: 'Démarre un parcours pour un patient (refus expliqué si non éligible)',
    body: startJourneyBody,
    success: { status: 201 },
    temporal: 'call',
    errors: [404, 409],
    handler: startJourney,
  }),
  route({
    method: 'get',
    path: '/journeys/:id',
    permission: ['journeys', 'show'],
    tag,
    summary: 'Un parcours patient avec ses tâches ouvertes',
    params: idParams,
    handler:
      ({ prisma, config }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const now = new Date();
        const journey = await prisma.journey.findFirst({
          where: { AND: [{ id }, journeyScope(currentUser(req))] },
          include: {
            ...journeyInclude(now),
            definition: { select: { title: true } },
            tasks: { where: { status: 'open' }, orderBy: { createdAt: 'asc' } },
          },
        });
        if (!journey) throw new AppError(404, 'not_found', 'Parcours patient introuvable');
        await recordAudit(prisma, req, {
          action: 'read',
          resource: 'journey',
          resourceId: id,
          patientId: journey.patientId,
        });
        const [presented] = await presentJourneys({ prisma, config }, [journey]);
        res.json({ ...presented, title: journey.definition.title, openTasks: journey.tasks });
      },
  }),
  route({
    method: 'post',
    path: '/journeys/:id/cancel',
    permission: ['journeys', 'cancel'],
    tag,
    summary: 'Annule un parcours patient (motif obligatoire)',
    params: idParams,
    body: cancelBody,
    success: { status: 202 },
    temporal: 'call',
    errors: [404, 409],
    handler:
      ({ prisma, temporal }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const { reason } = parseBody(cancelBody, req);
        const journey = await prisma.journey.findUnique({ where: { id } });
        if (!journey) throw new AppError(404, 'not_found', 'Parcours patient introuvable');
        if (!(CANCELLABLE as readonly string[]).includes(journey.status))
          throw new AppError(409, 'not_running', 'Ce parcours est déjà terminé');
        await cancelJourney({ prisma, temporal }, req, journey, reason);
        res.status(202).json({ id, status: 'cancelling' });
      },
  }),
  route({
    method: 'post',
    path: '/journeys/:id/facts',
    permission: ['journeys', 'facts'],
    tag,
    summary: 'Transmet de nouvelles données patient au parcours en cours',
    params: idParams,
    body: pushFactsBody,
    temporal: 'update',
    errors: [404, 409],
    handler: pushFacts,
  }),
  route({
    method: 'post',
    path: '/journeys/:id/retry',
    permission: ['journeys', 'retry'],
    tag,
    summary: 'Relance l’étape en erreur d’un parcours patient (409 s’il n’est pas en erreur)',
    params: idParams,
    temporal: 'update',
    errors: [404, 409],
    handler: retryFailedStep,
  }),
  route({
    method: 'get',
    path: '/journeys/:id/history',
    permission: ['journeys', 'history'],
    tag,
    summary: 'Historique lisible (toutes les exécutions), décisions expliquées',
    params: idParams,
    temporal: 'call',
    handler: journeyHistory,
  }),
  route({
    method: 'get',
    path: '/journeys/:id/history.json',
    permission: ['journeys', 'history'],
    tag,
    summary: 'Export brut des historiques Temporal',
    params: idParams,
    temporal: 'call',
    handler: journeyHistoryJson,
  }),
  route({
    method: 'post',
    path: '/journeys/:id/replay',
    permission: ['journeys', 'replay'],
    tag,
    summary: 'Rejoue l’historique enregistré avec le code actuel du workflow',
    params: idParams,
    temporal: 'call',
    handler: replayJourneyRoute,
  }),
];
