// A notify step: the outbox row is written exactly once per step and iteration; a separate sender delivers it.
import type { NotifyStep } from '@parcours/rules/workflow';
import type { JourneyRun } from '../state.ts';

export async function runNotify(run: JourneyRun, step: NotifyStep, iteration: number): Promise<void> {
  await run.effects.writeOutbox({
    journeyId: run.input.journeyId,
    stepId: step.id,
    iteration,
    recipient: step.to,
    message: step.message,
  });
  run.log('notify', step.id, { to: step.to });
}
