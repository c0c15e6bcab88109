// A notify step: the outbox row is written exactly once per step and iteration; a separate sender delivers it.
import type { NotifyStep } from '@parcours/rules/workflow';
import type { JourneyRun } from '../state.ts';

export async function runNotify(run: JourneyRun, step: NotifyStep, iteration: number): Promise<void> {
  // `to` may be a rule (the patient's own professional…): the activity resolves it and answers the recipient and why;
  // histories recorded before that answered nothing.
  const written = await run.effects.writeOutbox({
    journeyId: run.input.journeyId,
    stepId: step.id,
    iteration,
    recipient: step.to,
    message: step.message,
    at: new Date().toISOString(),
  });
  run.log('notify', step.id, {
    to: step.to,
    ...(written ? { recipient: written.recipient } : {}),
    ...(written?.assignment ? { assignment: written.assignment } : {}),
  });
}
