// /api/tasks: the caller's worklist (scoped by role and profession), claim/unclaim, reassignment and completion.
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import { journeyScope, taskReadScope } from '../auth/scope.ts';
import { idParams } from '../http/common.ts';
import { AppError } from '../http/errors.ts';
import { listedPatients, listRoute } from '../http/list-route.ts';
import { route } from '../http/route.ts';
import { parseParams } from '../http/validate.ts';
import { claimTask, reassignBody, reassignTask, unclaimTask } from './assignment.ts';
import { completeBody, completeTask } from './complete-task.ts';
import { presentTask, taskInclude } from './present.ts';
import { listWorklist, worklistSortable, type WorklistSort } from './worklist.ts';

const listFilter = z.strictObject({
  journeyId: z.string().uuid().optional(),
  status: z.enum(['open', 'completed', 'cancelled']).optional(),
  stepId: z.string().max(100).optional(),
  assigneeProfession: z.string().max(40).optional(),
  mine: z.boolean().optional(),
  overdue: z.boolean().optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});
const sortable = worklistSortable;
const tag = 'tasks';

export const tasksRoutes = [
  route({
    method: 'get',
    path: '/tasks',
    permission: ['tasks', 'list'],
    tag,
    summary:
      'Liste de travail de l’appelant (par défaut : échéance la plus proche d’abord) ; avec journeyId, toutes les tâches d’un parcours qu’il peut lire',
    list: { filter: listFilter, sortable },
    handler: listRoute({
      resource: 'tasks',
      list: { sortable, filter: listFilter },
      fetch: async ({ deps, req, q, now }) => {
        const { mine, ...filter } = q.filter;
        const user = currentUser(req);
        // One journey's tasks (the journey page): all of them for whoever may read the journey, none otherwise.
        const readJourney =
          filter.journeyId !== undefined && user.role === 'professional'
            ? (await deps.prisma.journey.count({
                where: { AND: [{ id: filter.journeyId }, journeyScope(user, now)] },
              })) > 0
            : undefined;
        if (readJourney === false) return { rows: [], total: 0 };
        return listWorklist(deps.prisma, user, filter, {
          mine,
          readJourney,
          sort: (q.sort as WorklistSort | null) ?? { field: 'dueAt', order: 'asc' },
          skip: q.skip,
          take: q.take,
          countLimit: q.cap + 1,
          now,
        });
      },
      // Written in the background, batched with other requests' rows, so the answer does not wait for it; a failed
      // write is logged at error and the rows are flushed before the process stops (server.ts).
      audit: { resource: 'task', later: true, details: (rows) => listedPatients(rows, (t) => t.journey.patientId) },
      present: (rows, { now }) => rows.map((t) => presentTask(t, now)),
    }),
  }),
  route({
    method: 'get',
    path: '/tasks/:id',
    permission: ['tasks', 'show'],
    tag,
    summary: 'Une tâche',
    params: idParams,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const task = await prisma.task.findFirst({
          where: { AND: [{ id }, taskReadScope(currentUser(req))] },
          include: taskInclude,
        });
        if (!task) throw new AppError(404, 'not_found', 'Tâche introuvable');
        await recordAudit(prisma, req, {
          action: 'read',
          resource: 'task',
          resourceId: id,
          patientId: task.journey.patientId,
        });
        res.json(presentTask(task));
      },
  }),
  route({
    method: 'post',
    path: '/tasks/:id/claim',
    permission: ['tasks', 'claim'],
    tag,
    summary: 'Prend la tâche pour soi',
    params: idParams,
    handler: claimTask,
  }),
  route({
    method: 'post',
    path: '/tasks/:id/unclaim',
    permission: ['tasks', 'unclaim'],
    tag,
    summary: 'Rend la tâche à sa profession',
    params: idParams,
    handler: unclaimTask,
  }),
  route({
    method: 'post',
    path: '/tasks/:id/reassign',
    permission: ['tasks', 'reassign'],
    tag,
    summary: 'Réattribue la tâche à une profession ou à un professionnel',
    params: idParams,
    body: reassignBody,
    temporal: 'update',
    errors: [404, 409],
    handler: reassignTask,
  }),
  route({
    method: 'post',
    path: '/tasks/:id/complete',
    permission: ['tasks', 'complete'],
    tag,
    summary: 'Complète la tâche (en-tête Idempotency-Key obligatoire)',
    params: idParams,
    body: completeBody,
    headers: z.object({ 'idempotency-key': z.string().min(8).max(200) }),
    temporal: 'update',
    errors: [404, 409],
    handler: completeTask,
  }),
];
