// Temporal (or its workers) away must never hang a request nor answer a 500: every call made while serving a request
// runs under a gRPC deadline (the SDK's retries on UNAVAILABLE stop there too), and a call that timed out or found the
// server unreachable becomes a 503 problem with Retry-After that says which part is missing.
import type { Client } from '@temporalio/client';
import { isGrpcServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { AppError } from '../http/errors.ts';

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 10;

// gRPC status codes (@grpc/grpc-js is not a dependency of the API): CANCELLED, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED,
// UNAVAILABLE; UNIMPLEMENTED for a server without the call.
const UNAVAILABLE_CODES = new Set<number>([1, 4, 8, 14]);
const UNIMPLEMENTED = 12;

/** The error (or one of its causes) says the call did not get through in time, rather than being refused. */
export function isTemporalUnreachable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError || e instanceof DeadlineError) return true;
    if (isGrpcServiceError(e) && UNAVAILABLE_CODES.has(e.code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export class DeadlineError extends Error {}

export function temporalUnavailable(): AppError {
  return new AppError(
    503,
    'temporal_unavailable',
    'Le moteur de parcours (Temporal) ne répond pas. Rien n’a été enregistré ; réessayez dans quelques instants.',
    [],
    { retryAfter: RETRY_AFTER_SECONDS },
    { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  );
}

export function workerUnavailable(): AppError {
  return new AppError(
    503,
    'worker_unavailable',
    'Aucun exécuteur de parcours n’est disponible. Votre saisie est conservée ; réessayez dans quelques instants.',
    [],
    { retryAfter: RETRY_AFTER_SECONDS },
    { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  );
}

/**
 * Runs fn with every Temporal call under one deadline, and cancels what is still in flight a little later in case a
 * call ignores it (the lazy connection's first connect has its own). Unreachability becomes `onUnreachable()`'s 503.
 */
export async function withTemporalDeadline<T>(
  temporal: Client,
  ms: number,
  fn: () => Promise<T>,
  onUnreachable: () => Promise<AppError> = async () => temporalUnavailable(),
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DeadlineError(`Temporal did not answer within ${ms} ms`)),
    ms + 500,
  );
  try {
    return await temporal.withAbortSignal(controller.signal, () => temporal.withDeadline(Date.now() + ms, fn));
  } catch (error) {
    // Our own abort may surface as the SDK's cancellation error rather than with DeadlineError as its cause.
    if (controller.signal.aborted || isTemporalUnreachable(error)) throw await onUnreachable();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** After an Update timed out: a reachable server means no worker took the work (503 worker_unavailable). */
export async function updateUnavailable(temporal: Client): Promise<AppError> {
  try {
    await temporal.withDeadline(Date.now() + 1500, () => temporal.workflowService.getSystemInfo({}));
    return workerUnavailable();
  } catch {
    return temporalUnavailable();
  }
}

/** Before sending work that needs a worker: refuse at once, with nothing sent, when none polls the task queue. */
export async function requireWorker(temporal: Client, taskQueue: string): Promise<void> {
  let polling: boolean | null;
  try {
    polling = await workerPolling(temporal, taskQueue);
  } catch (error) {
    if (isTemporalUnreachable(error)) throw temporalUnavailable();
    throw error;
  }
  if (polling === false) throw workerUnavailable();
}

/**
 * Whether some worker polls the task queue's workflow tasks: `true`, `false`, or `null` when the server cannot tell
 * (the time-skipping test server does not implement DescribeTaskQueue). Pollers the server has not heard from for
 * longer than a long poll (about a minute) are gone.
 */
export async function workerPolling(temporal: Client, taskQueue: string, ms = 2000): Promise<boolean | null> {
  try {
    const answer = await temporal.withDeadline(Date.now() + ms, () =>
      temporal.workflowService.describeTaskQueue({
        namespace: temporal.options.namespace,
        taskQueue: { name: taskQueue, kind: 1 /* TASK_QUEUE_KIND_NORMAL */ },
        taskQueueType: 1 /* TASK_QUEUE_TYPE_WORKFLOW */,
      }),
    );
    const now = Date.now();
    return (answer.pollers ?? []).some((p) => {
      const seconds = Number(p.lastAccessTime?.seconds ?? 0);
      return now - seconds * 1000 < 90_000;
    });
  } catch (error) {
    if (isGrpcServiceError(error) && error.code === UNIMPLEMENTED) return null;
    throw error;
  }
}
