// POST /api/tasks/:id/complete: answered only once the workflow accepted (or refused) the answers. The Idempotency-Key
// is both the Temporal update id (deduplication while the journey runs) and the key of a stored answer (a retry after
// the journey ended still gets the original answer). Only accepted completions are stored: a refused one can be
// corrected and sent again with a new key.
import type { RequestHandler } from 'express';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { completeTaskUpdate, mayCompleteTask } from '@parcours/worker';
import type { CompleteTaskResult } from '@parcours/worker';
import type { TaskCompletionResult } from '@parcours/rules/contract';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import type { ApiDeps } from '../deps.ts';
import { idParams } from '../http/common.ts';
import { AppError } from '../http/errors.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { requireWorker } from '../temporal/availability.ts';
import { findTaskToActOn } from './find-task.ts';
import { idempotencyKey, requestHash, storeAnswer, storedAnswer } from './idempotency.ts';
import { whatNext, type WhatNext } from './what-next.ts';

export const completeBody = z.strictObject({ answers: z.record(z.string().max(100), z.unknown()) });
const ROUTE = 'POST /api/tasks/:id/complete';

export function completeTask(deps: ApiDeps): RequestHandler {
  const { prisma, temporal, config } = deps;
  return async (req, res) => {
    const user = currentUser(req);
    const { id } = parseParams(idParams, req);
    const { answers } = parseBody(completeBody, req);
    const key = idempotencyKey(req);
    const hash = requestHash({ taskId: id, answers });
    const stored = await storedAnswer(prisma, user.id, key, ROUTE, hash);
    if (stored) {
      res.status(stored.status).set('Idempotent-Replayed', 'true').json(stored.body);
      return;
    }
    const task = await findTaskToActOn(prisma, user, id, { journey: true });
    // The rule goes with the row mapping (worker/src/projections/task-rows.ts): a coordinator completes the
    // coordination's tasks, not a profession's or a named professional's.
    if (!mayCompleteTask(task, user))
      throw new AppError(403, 'not_assignee', 'Cette tâche est destinée à un autre rôle');
    // Closed by this user: maybe by this very request, sent earlier and answered 503 while Temporal still held it. Asking
    // again with the same update id gets that outcome; any other request is refused by the workflow (TaskNotOpen).
    if (task.status !== 'open' && task.completedById !== user.id)
      throw new AppError(409, 'task_closed', 'Cette tâche n’est plus ouverte');
    // No worker: refuse now, with nothing sent, rather than leave an Update waiting for one.
    await requireWorker(temporal, config.TEMPORAL_TASK_QUEUE);
    let result: CompleteTaskResult;
    try {
      result = await temporal.workflow.getHandle(task.journey.workflowId).executeUpdate(completeTaskUpdate, {
        args: [{ taskId: id, answers, completedBy: user.id }],
        updateId: `complete:${id}:${key}`,
      });
    } catch (error) {
      throw refusal(error) ?? error;
    }
    // The answers are recorded whatever happens next: a failing Query only leaves « what next » unsaid.
    const next: WhatNext | null = await whatNext(deps, task.journey).catch(() => null);
    const body: TaskCompletionResult = { ...result, next };
    await storeAnswer(prisma, { userId: user.id, key, route: ROUTE, requestHash: hash, status: 200, body });
    await recordAudit(prisma, req, {
      action: 'complete',
      resource: 'task',
      resourceId: id,
      patientId: task.journey.patientId,
      details: { stepId: task.stepId },
    });
    res.json(body);
  };
}

function refusal(error: unknown): AppError | null {
  if (error instanceof WorkflowNotFoundError) return new AppError(409, 'task_closed', 'Ce parcours est terminé');
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
  // The task row refused the answers for good: the workflow put the task back, open, so they can be corrected.
  if (failure.type === 'TaskNotClosed')
    return new AppError(
      422,
      'answers_not_recorded',
      'Ces réponses n’ont pas pu être enregistrées ; la tâche reste ouverte',
      [{ pointer: '/body/answers', code: 'not_recorded', message: 'Réponses refusées par la base de données' }],
    );
  return null;
}
