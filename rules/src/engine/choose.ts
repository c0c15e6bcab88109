// Picks the transition to follow after a step: the first whose `when` holds, else the default (last, no `when`).
import type { Transition } from '../schema/steps.js';
import type { Facts } from '../facts/types.js';
import { evaluate } from './evaluate.js';
import type { Explanation } from './explanation.js';
import type { FactLabeler } from './text.js';

export type TransitionEvaluation = {
  index: number;
  to: string;
  result: boolean;
  text?: { fr: string; en: string };
  explanation?: Explanation;
};
export type TransitionChoice = { index: number; to: string; evaluations: TransitionEvaluation[] };

/** Evaluates transitions in order and returns the first that holds, with the explanation of each one evaluated. */
export async function chooseTransition(
  next: Transition[],
  facts: Facts,
  now: Date,
  options: { labels?: FactLabeler } = {},
): Promise<TransitionChoice> {
  const evaluations: TransitionEvaluation[] = [];
  for (const [index, t] of next.entries()) {
    if (!t.when) {
      evaluations.push({ index, to: t.to, result: true });
      return { index, to: t.to, evaluations };
    }
    const e = await evaluate(t.when, facts, now, options);
    evaluations.push({ index, to: t.to, result: e.result, text: e.text, explanation: e.explanation });
    if (e.result) return { index, to: t.to, evaluations };
  }
  // Validation refuses definitions without a default transition, so this means an unvalidated definition.
  throw new Error('No transition holds and there is no default transition');
}
