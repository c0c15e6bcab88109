// The one interpreter workflow: it walks the pinned definition step by step. Every effect goes through an activity;
// every branch is chosen by the `decide` local activity so its facts and explanation are in the history and replay
// never re-evaluates a rule. Step behaviour lives in ./steps, message handlers in ./handlers.ts.
import { ApplicationFailure, log, patched, workflowInfo } from '@temporalio/workflow';
import type { Step } from '@parcours/rules/workflow';
import { installHandlers } from './handlers.ts';
import { CancelledWhileInError, installRetryHandler } from './recoverable.ts';
import { createRun, type JourneyRun } from './state.ts';
import { upsertJourneyAttributes } from './search-attributes.ts';
import { continueAsNewJourney, shouldContinueAsNew } from './continue.ts';
import { decide, decideStep } from './steps/decide.ts';
import { runTask } from './steps/task.ts';
import { runWait } from './steps/wait.ts';
import { runNotify } from './steps/notify.ts';
import { runSubparcours } from './steps/subparcours.ts';
import { runCancel, runEnd } from './steps/end.ts';
import { LOCAL_WRITES_PATCH, writesFor } from './local-writes.ts';
import type { JourneyInput } from './types.ts';
import type { JourneyStartedInput } from '../activities/journeys.ts';

export interface JourneyResult {
  status: 'completed' | 'cancelled';
  outcome: string | null;
}

// A definition validated at publish time can still be bypassed by a bad caller: refuse to loop forever on it.
const MAX_STEPS_PER_RUN = 10_000;

/**
 * Histories recorded before this patch (the first interpreter: no reminders, escalation, subparcours, pending
 * decisions, search attributes, run chain or continue-as-new) replay with the old behaviour; journeys started since
 * carry the marker and get all of it. Asked once, at the start of each run, so a run never mixes the two.
 */
export const ENGINE_V2_PATCH = 'journey-engine-v2';

export async function parcoursJourney(input: JourneyInput): Promise<JourneyResult> {
  const run = createRun(input);
  const v2 = patched(ENGINE_V2_PATCH);
  run.localWrites = v2 && patched(LOCAL_WRITES_PATCH);
  run.writes = writesFor(run.localWrites);
  run.starting = run.localWrites;
  installHandlers(run);
  installRetryHandler(run);
  try {
    return await interpret(run, v2);
  } catch (error) {
    // Cancelled while held in error (recoverable.ts): end it as any cancelled journey.
    if (error instanceof CancelledWhileInError) return runCancel(run, v2);
    throw error;
  }
}

async function interpret(run: JourneyRun, v2: boolean): Promise<JourneyResult> {
  const { input, state } = run;

  const started: JourneyStartedInput = {
    journeyId: input.journeyId,
    workflowId: workflowInfo().workflowId,
    patientId: input.patientId,
    definitionId: input.definition.id,
    parcoursKey: input.definition.key,
    version: input.definition.version,
    startedBy: input.startedBy ?? null,
    startedAt: run.startedAt.toISOString(),
    enrolmentId: input.enrolmentId ?? null,
    // The first run of the chain is recorded with the journey: one activity fewer per start.
    ...(v2 ? { runIds: [workflowInfo().runId] } : {}),
  };
  // Local writes: the start is recorded with the first step (enterStep below), in one write.
  if (!input.resume && !run.localWrites) await run.effects.recordJourneyStarted(started);
  // Workflow logs are replay-safe (not emitted again while a history replays) and carry the workflow id: ids only.
  log.info(input.resume ? 'journey run continued' : 'journey started', {
    journeyId: input.journeyId,
    parcoursKey: input.definition.key,
    parcoursVersion: input.definition.version,
  });
  if (v2) upsertJourneyAttributes(run);
  if (v2 && input.resume) await run.effects.recordRun({ journeyId: input.journeyId, runId: workflowInfo().runId });

  for (let count = 0; count < MAX_STEPS_PER_RUN; count++) {
    // Step boundaries are the only places where nothing is in flight: the state is all in `state`.
    if (v2 && count > 0 && shouldContinueAsNew(run)) await continueAsNewJourney(run);
    const step: Step | undefined = run.steps.get(state.currentStep);
    if (!step) throw ApplicationFailure.nonRetryable(`Unknown step ${state.currentStep}`, 'InvalidDefinition');
    const iteration = state.iterations[step.id] ?? 0;
    state.iterations[step.id] = iteration + 1;
    run.stepsEntered++;
    run.log('step', step.id, { type: step.type, iteration });
    log.debug('step entered', { journeyId: input.journeyId, stepId: step.id, stepType: step.type, iteration });
    // Local writes: one write enters the step, with the journey's start on its first step and a task step's task.
    const enter = { journeyId: input.journeyId, stepId: step.id, ...(!input.resume && count === 0 ? { started } : {}) };
    if (!run.localWrites) await run.effects.recordStep({ journeyId: input.journeyId, stepId: step.id });
    else if (step.type !== 'task') await run.effects.enterStep(enter);
    if (step.type !== 'task') run.starting = false;

    switch (step.type) {
      case 'task':
        await runTask(run, step, iteration, v2, run.localWrites ? enter : undefined);
        break;
      case 'wait':
        await runWait(run, step);
        break;
      case 'notify':
        await runNotify(run, step, iteration);
        break;
      case 'subparcours':
        if (v2) await runSubparcours(run, step);
        break;
      case 'end':
        return runEnd(run, step, v2);
      case 'decision':
        break;
    }
    if (run.cancelled()) return runCancel(run, v2);

    state.currentStep =
      step.type === 'decision' ? await decideStep(run, step, iteration, v2) : (await decide(run, step, iteration)).to;
    if (v2 && run.cancelled()) return runCancel(run, v2);
  }
  throw ApplicationFailure.nonRetryable(`More than ${MAX_STEPS_PER_RUN} steps in one run`, 'RunawayJourney');
}
