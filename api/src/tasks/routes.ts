// /api/tasks: the caller's worklist (scoped by role and profession) and task completion.
import { Router } from 'express';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { allow, currentUser } from '../auth/middleware.ts';
import { taskScope } from '../auth/scope.ts';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { parseListQuery, sendList } from '../http/list-query.ts';
import { parseParams } from '../http/validate.ts';
import { completeTask } from './complete-task.ts';

const idParams = z.object({ id: z.string().uuid() });
const listFilter = z.strictObject({
  journeyId: z.string().uuid().optional(),
  status: z.enum(['open', 'completed', 'cancelled']).optional(),
  stepId: z.string().max(100).optional(),
  assigneeProfession: z.string().max(40).optional(),
  overdue: z.boolean().optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});

function present(t: {
  id: string;
  journeyId: string;
  stepId: string;
  iteration: number;
  title: unknown;
  status: string;
  assigneeProfession: string | null;
  assigneeRole: string | null;
  assigneeUserId: string | null;
  form: unknown;
  dueAt: Date | null;
  answers: unknown;
  completedAt: Date | null;
  completedById: string | null;
  createdAt: Date;
}) {
  return {
    ...t,
    assignee: t.assigneeUserId
      ? { userId: t.assigneeUserId }
      : t.assigneeProfession
        ? { profession: t.assigneeProfession }
        : { role: t.assigneeRole },
  };
}

export function tasksRouter(deps: ApiDeps): Router {
  const { prisma } = deps;
  const router = Router();

  router.get('/', allow('coordinator', 'auditor', 'professional'), async (req, res) => {
    const user = currentUser(req);
    const q = parseListQuery(req.query, { sortable: ['dueAt', 'createdAt', 'status', 'stepId'], filter: listFilter });
    const { id, overdue, ...rest } = q.filter;
    const where = {
      AND: [
        taskScope(user),
        rest,
        id ? { id: { in: id } } : {},
        overdue ? { status: 'open' as const, dueAt: { lt: new Date() } } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      prisma.task.findMany({
        where,
        skip: q.skip,
        take: q.take,
        orderBy: q.sort ? { [q.sort.field]: q.sort.order } : { dueAt: 'asc' },
      }),
      prisma.task.count({ where }),
    ]);
    await recordAudit(prisma, req, {
      action: 'list',
      resource: 'task',
      details: { filter: q.filter, count: rows.length },
    });
    sendList(res, 'tasks', rows.map(present), q.skip, total);
  });

  router.get('/:id', allow('coordinator', 'auditor', 'professional'), async (req, res) => {
    const { id } = parseParams(idParams, req);
    const task = await prisma.task.findFirst({
      where: { AND: [{ id }, taskScope(currentUser(req))] },
      include: { journey: { select: { patientId: true } } },
    });
    if (!task) throw new AppError(404, 'not_found', 'Tâche introuvable');
    const { journey, ...rest } = task;
    await recordAudit(prisma, req, { action: 'read', resource: 'task', resourceId: id, patientId: journey.patientId });
    res.json(present(rest));
  });

  router.post('/:id/complete', allow('professional', 'coordinator'), completeTask(deps));

  return router;
}
