// Choosing the next step: the `decide` local activity evaluates the transitions, so the facts, the result and the
// explanation are recorded in the history as a marker and replay never re-evaluates a rule.
import { condition } from '@temporalio/workflow';
import { addDuration } from '@parcours/rules/workflow';
import type { DecisionStep, StepWithNext } from '@parcours/rules/workflow';
import { rules } from '../proxies.ts';
import type { JourneyRun } from '../state.ts';

type Choice = Awaited<ReturnType<typeof rules.decide>>;

export async function decide(run: JourneyRun, step: StepWithNext, iteration: number): Promise<Choice> {
  const { state, startedAt } = run;
  const decision = await rules.decide({
    patientId: run.input.patientId,
    stepId: step.id,
    next: step.next,
    answers: state.answers,
    journey: {
      startedAt: startedAt.toISOString(),
      daysSinceStart: Math.floor((Date.now() - startedAt.getTime()) / 86_400_000),
      iteration,
      previousOutcome: state.previousOutcome ?? null,
    },
    now: new Date().toISOString(),
    ...(state.pushedFacts && Object.keys(state.pushedFacts).length ? { pushedFacts: state.pushedFacts } : {}),
  });
  run.factsEvaluated = run.factsVersion;
  run.log('decision', step.id, { to: decision.to, index: decision.index, evaluations: decision.evaluations });
  return decision;
}

/**
 * A decision step marked `reevaluate.onFacts` whose conditional transitions all fail stays pending: each pushFacts
 * evaluates it again, and when the timeout passes it takes the default transition.
 */
export async function decideStep(run: JourneyRun, step: DecisionStep, iteration: number, v2: boolean): Promise<string> {
  let decision = await decide(run, step, iteration);
  const policy = v2 ? step.reevaluate : undefined;
  const onlyDefault = decision.index === step.next.length - 1 && step.next.some((t) => t.when);
  if (!policy?.onFacts || !onlyDefault) return decision.to;

  const since = new Date();
  const until = addDuration(since, policy.timeout);
  const pending = { stepId: step.id, since: since.toISOString(), until: until.toISOString(), evaluations: 1 };
  run.state.pendingDecision = pending;
  run.log('decision-pending', step.id, { until: pending.until });
  while (!run.cancelled()) {
    const remaining = until.getTime() - Date.now();
    const pushed =
      remaining > 0 && (await condition(() => run.factsVersion > run.factsEvaluated || run.cancelled(), remaining));
    if (!pushed || run.cancelled()) break;
    decision = await decide(run, step, iteration);
    pending.evaluations++;
    if (decision.index !== step.next.length - 1) break;
  }
  run.state.pendingDecision = null;
  return decision.to;
}
