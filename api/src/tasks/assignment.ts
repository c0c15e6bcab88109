// Claim, unclaim and reassign. Claiming is a worklist matter (who of the profession takes it): it changes only the
// projection, atomically, so two nurses cannot both claim one task. Reassigning changes who the journey waits for:
// it goes through the workflow's reassignTask update so the history records it. The rows are written by the worker
// package's functions (one assignee mapping); this file only reads them.
import type { RequestHandler } from 'express';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { z } from 'zod';
import { claimTaskRow, reassignTaskUpdate, unclaimTaskRow } from '@parcours/worker';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import type { ApiDeps } from '../deps.ts';
import { idParams } from '../http/common.ts';
import { requireWorker } from '../temporal/availability.ts';
import { AppError } from '../http/errors.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { findTaskToActOn } from './find-task.ts';
import { presentTask, taskInclude } from './present.ts';

export const reassignBody = z.strictObject({
  to: z.union([
    z.strictObject({ profession: z.string().regex(/^[A-Z][A-Z-]{1,39}$/, 'code profession en majuscules') }),
    z.strictObject({ userId: z.string().uuid() }),
    // A named pool of the CPTS: its members see the task and one of them claims it.
    z.strictObject({ pool: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'clé d’équipe en minuscules') }),
  ]),
  reason: z.string().trim().max(500).optional(),
});

async function answerTask(
  deps: ApiDeps,
  id: string,
  req: Parameters<RequestHandler>[0],
  details: Record<string, unknown>,
) {
  const task = await deps.prisma.task.findUniqueOrThrow({ where: { id }, include: taskInclude });
  await recordAudit(deps.prisma, req, {
    action: 'update',
    resource: 'task',
    resourceId: id,
    patientId: task.journey.patientId,
    details,
  });
  return presentTask(task);
}

export function claimTask(deps: ApiDeps): RequestHandler {
  return async (req, res) => {
    const user = currentUser(req);
    const { id } = parseParams(idParams, req);
    const visible = await findTaskToActOn(deps.prisma, user, id, {});
    if (visible.status !== 'open') throw new AppError(409, 'task_closed', 'Cette tâche n’est plus ouverte');
    if (visible.assigneeUserId !== user.id && !(await claimTaskRow(deps.prisma, id, user.id)))
      throw new AppError(409, 'already_claimed', 'Un autre professionnel a déjà pris cette tâche');
    res.json(await answerTask(deps, id, req, { claimed: true }));
  };
}

export function unclaimTask(deps: ApiDeps): RequestHandler {
  return async (req, res) => {
    const user = currentUser(req);
    const { id } = parseParams(idParams, req);
    await findTaskToActOn(deps.prisma, user, id, {});
    // Only a claim is undone here; a named reassignment by a coordinator is undone by reassigning.
    if (!(await unclaimTaskRow(deps.prisma, id, user.role === 'coordinator' ? undefined : user.id)))
      throw new AppError(409, 'not_claimed', 'Cette tâche n’est pas prise');
    res.json(await answerTask(deps, id, req, { claimed: false }));
  };
}

export function reassignTask(deps: ApiDeps): RequestHandler {
  return async (req, res) => {
    const user = currentUser(req);
    const { id } = parseParams(idParams, req);
    const { to, reason } = parseBody(reassignBody, req);
    const task = await deps.prisma.task.findUnique({ where: { id }, include: { journey: true } });
    if (!task) throw new AppError(404, 'not_found', 'Tâche introuvable');
    if (task.status !== 'open') throw new AppError(409, 'task_closed', 'Cette tâche n’est plus ouverte');
    if ('userId' in to) {
      const target = await deps.prisma.user.findFirst({ where: { id: to.userId, active: true, role: 'professional' } });
      if (!target)
        throw new AppError(422, 'unknown_professional', 'Professionnel introuvable ou inactif', [
          { pointer: '/body/to/userId', code: 'not_found', message: 'Professionnel introuvable ou inactif' },
        ]);
    }
    if ('pool' in to) {
      const pool = await deps.prisma.pool.findUnique({
        where: { key: to.pool },
        select: { members: { where: { user: { active: true } }, select: { userId: true }, take: 1 } },
      });
      if (!pool?.members.length) {
        const message = pool
          ? `L’équipe « ${to.pool} » n’a aucun membre actif`
          : `L’équipe « ${to.pool} » n’existe pas`;
        throw new AppError(422, 'unreachable_pool', message, [
          { pointer: '/body/to/pool', code: pool ? 'pool_empty' : 'pool_unknown', message },
        ]);
      }
    }
    await requireWorker(deps.temporal, deps.config.TEMPORAL_TASK_QUEUE);
    try {
      await deps.temporal.workflow.getHandle(task.journey.workflowId).executeUpdate(reassignTaskUpdate, {
        args: [{ taskId: id, to, reassignedBy: user.id, ...(reason ? { reason } : {}) }],
      });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError || error instanceof WorkflowUpdateFailedError)
        throw new AppError(409, 'reassign_refused', 'Le parcours a refusé la réattribution de cette tâche');
      throw error;
    }
    // The row is the workflow's to write: its reassignTask activity (the one assignee mapping) ran before the update
    // returned, so the answer below is already current.
    res.json(await answerTask(deps, id, req, { reassigned: to, reason }));
  };
}
