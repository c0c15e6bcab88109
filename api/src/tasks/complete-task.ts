// POST /api/tasks/:id/complete: answered only once the workflow accepted (or refused) the answers. The
// Idempotency-Key becomes the Temporal Update id, so a retried request is deduplicated by Temporal itself.
import type { RequestHandler } from 'express';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { completeTaskUpdate } from '@parcours/worker';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import { taskScope } from '../auth/scope.ts';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { parseBody, parseParams } from '../http/validate.ts';

const params = z.object({ id: z.string().uuid() });
const body = z.strictObject({ answers: z.record(z.string().max(100), z.unknown()) });
const idempotencyKey = z
  .string()
  .trim()
  .min(8)
  .max(200)
  .regex(/^[\w.:-]+$/);

export function completeTask({ prisma, temporal }: Pick<ApiDeps, 'prisma' | 'temporal'>): RequestHandler {
  return async (req, res) => {
    const user = currentUser(req);
    const { id } = parseParams(params, req);
    const { answers } = parseBody(body, req);
    const key = idempotencyKey.safeParse(req.get('idempotency-key'));
    if (!key.success) {
      throw new AppError(400, 'idempotency_key_required', 'En-tête Idempotency-Key manquant ou invalide', [
        {
          pointer: '/headers/idempotency-key',
          code: 'invalid',
          message: 'Clé d’idempotence requise (8 à 200 caractères)',
        },
      ]);
    }
    const task = await prisma.task.findFirst({ where: { AND: [{ id }, taskScope(user)] }, include: { journey: true } });
    if (!task) throw new AppError(404, 'not_found', 'Tâche introuvable');
    if (task.assigneeRole && task.assigneeRole !== user.role && task.assigneeUserId !== user.id) {
      throw new AppError(403, 'not_assignee', 'Cette tâche est destinée à un autre rôle');
    }
    try {
      const result = await temporal.workflow.getHandle(task.journey.workflowId).executeUpdate(completeTaskUpdate, {
        args: [{ taskId: id, answers, completedBy: user.id }],
        updateId: `complete:${id}:${key.data}`,
      });
      await recordAudit(prisma, req, {
        action: 'complete',
        resource: 'task',
        resourceId: id,
        patientId: task.journey.patientId,
        details: { stepId: task.stepId },
      });
      res.json(result);
    } catch (error) {
      throw refusal(error) ?? error;
    }
  };
}

function refusal(error: unknown): AppError | null {
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return null;
  const failure = error.cause;
  if (failure.type === 'InvalidAnswers') {
    const errors = (failure.details?.[0] ?? []) as { field: string; code: string; message: { fr: string } }[];
    return new AppError(
      422,
      'invalid_answers',
      'Certaines réponses sont invalides',
      errors.map((e) => ({ pointer: `/body/answers/${e.field}`, code: e.code, message: e.message.fr })),
    );
  }
  if (failure.type === 'TaskNotOpen') return new AppError(409, 'task_closed', 'Cette tâche n’est plus ouverte');
  return null;
}
