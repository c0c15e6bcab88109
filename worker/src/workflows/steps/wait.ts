// A wait step: one durable timer to a calendar date (months and years follow the calendar), cut short by cancellation.
import { condition } from '@temporalio/workflow';
import { addDuration } from '@parcours/rules/workflow';
import type { WaitStep } from '@parcours/rules/workflow';
import type { JourneyRun } from '../state.ts';

export async function runWait(run: JourneyRun, step: WaitStep): Promise<void> {
  const now = new Date();
  const until = addDuration(now, step.duration);
  run.log('wait', step.id, { until: until.toISOString() });
  await condition(run.cancelled, until.getTime() - now.getTime());
}
