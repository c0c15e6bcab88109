// Reads scripted answers visit after visit.
import type { ScriptedAnswer, ScriptedAnswers } from './types.js';

function normalise(a: ScriptedAnswer): { answers: Record<string, unknown>; after?: string } {
  const keys = Object.keys(a);
  const wrapped =
    'answers' in a &&
    typeof a.answers === 'object' &&
    a.answers !== null &&
    keys.every((k) => k === 'answers' || k === 'after');
  return wrapped
    ? (a as { answers: Record<string, unknown>; after?: string })
    : { answers: a as Record<string, unknown> };
}

/** Answers for the n-th visit (1-based) of a task step, or undefined when the script has none left. */
export function scriptedFor(script: ScriptedAnswers, stepId: string, visit: number) {
  const s = script[stepId];
  if (s === undefined) return undefined;
  if (!Array.isArray(s)) return normalise(s);
  const a = s[visit - 1];
  return a === undefined ? undefined : normalise(a);
}
