// Activities called by the journey's steps fail non-retryably when the failure is permanent (see
// activities/permanent-errors.ts). Such a failure must neither fail the journey nor spin: the journey enters its
// `error` state (query, ParcoursStatus, projection row), says which activity failed at which step and why, and waits
// for a coordinator's retryFailedStep, which runs the same activity with the same input again. The message handlers
// keep the plain proxies: their failures answer the caller instead (see the completeTask handler).
import { ActivityFailure, ApplicationFailure, condition, log, patched, setHandler } from '@temporalio/workflow';
import { effects } from './proxies.ts';
import { retryFailedStepUpdate } from './messages.ts';
import { upsertStatus } from './search-attributes.ts';
import type { JourneyRun } from './state.ts';

/**
 * Journeys whose activity failed permanently before this patch failed (or retried forever) as they did; asked only
 * when such a failure happens, so histories without one replay unchanged.
 */
export const ACTIVITY_ERROR_STATE_PATCH = 'activity-error-state';

/** Thrown out of a journey held in error when it is cancelled meanwhile: the interpreter then ends it as cancelled. */
export class CancelledWhileInError extends Error {}

type Effects = typeof effects;

/**
 * The activity's own non-retryable failure. A local activity's failure reaches the workflow as that ApplicationFailure
 * itself, not wrapped in an ActivityFailure: only runs with local writes can get one here (workflows/local-writes.ts).
 */
export function permanentCause(error: unknown, localWrites: boolean): ApplicationFailure | null {
  const cause = error instanceof ActivityFailure ? error.cause : localWrites ? error : null;
  return cause instanceof ApplicationFailure && cause.nonRetryable ? cause : null;
}

/** The step effects of this run: same calls as `run.writes`, held in `error` on a permanent failure. */
export function recoverableEffects(run: JourneyRun): Effects {
  return new Proxy(effects, {
    get(_target, name: string) {
      // Read at call time: run.writes is chosen once the run has asked its patches.
      const activity = () => run.writes[name as keyof Effects] as (...args: unknown[]) => Promise<unknown>;
      return (...args: unknown[]) => callRecoverably(run, name, () => activity()(...args));
    },
  });
}

/** A folded call (enterStep) names the write that failed in it: that name is the one coordinators read. */
function writeName(cause: ApplicationFailure): string | undefined {
  const detail = cause.details?.[0] as { write?: unknown } | undefined;
  return typeof detail?.write === 'string' ? detail.write : undefined;
}

async function callRecoverably(run: JourneyRun, activity: string, call: () => Promise<unknown>): Promise<unknown> {
  let retries = 0;
  for (;;) {
    try {
      const result = await call();
      if (retries > 0) await leaveError(run, activity);
      return result;
    } catch (error) {
      const cause = permanentCause(error, run.localWrites);
      if (!cause || !patched(ACTIVITY_ERROR_STATE_PATCH)) throw error;
      await holdInError(run, writeName(cause) ?? activity, cause, retries);
      retries++;
    }
  }
}

async function holdInError(run: JourneyRun, activity: string, cause: ApplicationFailure, retries: number) {
  const { state } = run;
  // Cancelling already (its finishJourney failed): only a retry gets it out, the cancellation is under way.
  const cancelling = state.status === 'cancelled';
  const before = state.status;
  state.status = 'error';
  state.error = {
    stepId: state.currentStep,
    activity,
    message: cause.message.slice(0, 500),
    type: cause.type ?? null,
    at: new Date().toISOString(),
    retries,
  };
  run.log('error', state.currentStep, { activity, message: state.error.message });
  // PostgreSQL's message may quote the refused value: the failure type says enough here, the journey page says all.
  log.warn('journey held in error', {
    journeyId: state.journeyId,
    stepId: state.currentStep,
    activity,
    failureType: cause.type ?? null,
    retries,
  });
  upsertStatus(run, 'error');
  // A retry that failed again answers its update with the new error.
  if (retries > 0) run.retriesSettled++;
  await run.writes.recordJourneyError({ journeyId: state.journeyId, error: state.error });
  await condition(() => run.retryRequests > run.retriesStarted || (!cancelling && run.cancelled()));
  state.status = before;
  if (run.retryRequests > run.retriesStarted) {
    run.retriesStarted++;
    return;
  }
  state.error = null;
  throw new CancelledWhileInError();
}

async function leaveError(run: JourneyRun, activity: string) {
  const { state } = run;
  run.log('retried', state.currentStep, { activity });
  log.info('journey left error', { journeyId: state.journeyId, stepId: state.currentStep, activity });
  state.error = null;
  upsertStatus(run, state.status);
  await run.writes.recordJourneyRecovered({ journeyId: state.journeyId });
  run.retriesSettled++;
}

export function installRetryHandler(run: JourneyRun): void {
  setHandler(
    retryFailedStepUpdate,
    async (request) => {
      const ticket = ++run.retryRequests;
      run.log('retried', run.state.currentStep, { requestedBy: request.requestedBy });
      await condition(() => run.retriesSettled >= ticket);
      return { status: run.state.status, error: run.state.error ?? null };
    },
    {
      validator: (_request) => {
        if (run.state.status !== 'error' || run.retryRequests > run.retriesStarted)
          throw ApplicationFailure.create({
            type: 'JourneyNotInError',
            message: `Journey is ${run.state.status}, not in error`,
          });
      },
    },
  );
}
