// Operators: json-rules-engine's built-ins (re-implemented identically for compiled predicates) and the domain ones.
import { isDuration, subtractDuration } from '../duration.js';

export type OperatorFn = (factValue: unknown, value: unknown) => boolean;

// Same guards as json-rules-engine 7.3.1 (engine-default-operators.js), so compiled predicates agree with it.
const isNumberLike = (a: unknown): boolean => Number.parseFloat(a as string).toString() !== 'NaN';
const indexOf = (a: unknown, b: unknown): number => (a as { indexOf(x: unknown): number }).indexOf(b);

/** json-rules-engine's built-in operators, with the fact-value guards it applies. */
export const builtinOperators: Readonly<Record<string, OperatorFn>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => indexOf(b, a) > -1,
  notIn: (a, b) => indexOf(b, a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumberLike(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumberLike(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumberLike(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumberLike(a) && (a as number) >= (b as number),
};

/** Milliseconds of an ISO date string or Date; NaN for anything else. */
export function toTime(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  if (typeof v !== 'string' || v.length < 10) return Number.NaN;
  return Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
}

/** The domain operators, bound to `now` (json-rules-engine operators cannot receive it otherwise). */
export function domainOperators(now: Date): Record<string, OperatorFn> {
  const nowMs = now.getTime();
  // Conditions reuse a handful of durations: compute each threshold once per `now`.
  const thresholds = new Map<string, number>();
  const threshold = (iso: string): number => {
    let t = thresholds.get(iso);
    if (t === undefined) thresholds.set(iso, (t = subtractDuration(now, iso).getTime()));
    return t;
  };
  return {
    // Date in [now - duration, now], bounds included.
    withinLast: (a, b) => {
      const t = toTime(a);
      return isDuration(b) && !Number.isNaN(t) && t >= threshold(b) && t <= nowMs;
    },
    // Date strictly before now - duration.
    olderThan: (a, b) => {
      const t = toTime(a);
      return isDuration(b) && !Number.isNaN(t) && t < threshold(b);
    },
    containsAny: (a, b) => Array.isArray(a) && Array.isArray(b) && b.some((x) => a.includes(x)),
    containsAll: (a, b) => Array.isArray(a) && Array.isArray(b) && b.every((x) => a.includes(x)),
    // Number in [min, max], bounds included.
    between: (a, b) =>
      typeof a === 'number' &&
      Array.isArray(b) &&
      b.length === 2 &&
      typeof b[0] === 'number' &&
      typeof b[1] === 'number' &&
      a >= b[0] &&
      a <= b[1],
  };
}

export const DOMAIN_OPERATOR_NAMES = ['withinLast', 'olderThan', 'containsAny', 'containsAll', 'between'] as const;
export const OPERATOR_NAMES: readonly string[] = [...Object.keys(builtinOperators), ...DOMAIN_OPERATOR_NAMES];

/** Every operator (built-in and domain) bound to `now`. */
export function allOperators(now: Date): Record<string, OperatorFn> {
  return { ...builtinOperators, ...domainOperators(now) };
}
