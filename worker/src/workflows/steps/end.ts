// The two ways a journey ends: its `end` step, or cancellation. The projection gets workflow time, not the clock of
// whichever activity worker runs the write.
import { allHandlersFinished, condition, log } from '@temporalio/workflow';
import type { EndStep } from '@parcours/rules/workflow';
import { upsertStatus } from '../search-attributes.ts';
import type { JourneyRun } from '../state.ts';
import type { JourneyResult } from '../journey.ts';

export async function runEnd(run: JourneyRun, step: EndStep, v2: boolean): Promise<JourneyResult> {
  const { state } = run;
  state.status = 'completed';
  state.outcome = step.outcome;
  await run.effects.finishJourney({
    journeyId: state.journeyId,
    status: 'completed',
    outcome: step.outcome,
    endedAt: new Date().toISOString(),
  });
  if (v2) upsertStatus(run, 'completed');
  run.log('end', step.id, { outcome: step.outcome });
  log.info('journey completed', { journeyId: state.journeyId, stepId: step.id, outcome: step.outcome });
  await condition(allHandlersFinished);
  return { status: 'completed', outcome: step.outcome };
}

export async function runCancel(run: JourneyRun, v2: boolean): Promise<JourneyResult> {
  const { state } = run;
  const request = run.cancelRequest!;
  state.status = 'cancelled';
  state.outcome = 'cancelled';
  state.openTasks = [];
  state.pendingDecision = null;
  await run.effects.finishJourney({
    journeyId: state.journeyId,
    status: 'cancelled',
    outcome: 'cancelled',
    reason: request.reason,
    endedAt: new Date().toISOString(),
  });
  if (v2) upsertStatus(run, 'cancelled');
  run.log('cancelled', state.currentStep, { reason: request.reason, by: request.cancelledBy });
  // The reason is free text a coordinator typed: it stays in the history, out of the logs.
  log.info('journey cancelled', { journeyId: state.journeyId, stepId: state.currentStep, by: request.cancelledBy });
  await condition(allHandlersFinished);
  return { status: 'cancelled', outcome: 'cancelled' };
}
