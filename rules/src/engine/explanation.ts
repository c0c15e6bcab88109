// The explanation tree of a condition: every leaf evaluated (not only those json-rules-engine reached).
import type { LeafCondition, NestedCondition } from '../schema/condition.js';
import { isLeaf } from '../schema/condition.js';

export type LeafExplanation = {
  kind: 'leaf';
  fact: string;
  path?: string;
  operator: string;
  expected: unknown;
  actual: unknown;
  result: boolean;
};
export type Explanation =
  | LeafExplanation
  | { kind: 'all'; result: boolean; children: Explanation[] }
  | { kind: 'any'; result: boolean; children: Explanation[] }
  | { kind: 'not'; result: boolean; child: Explanation }
  | { kind: 'reference'; name: string; result: boolean };

/** Lists the leaves of a condition in depth-first order (the order `build` consumes their results). */
export function collectLeaves(c: NestedCondition, out: LeafCondition[] = []): LeafCondition[] {
  if (isLeaf(c)) out.push(c);
  else if ('all' in c) c.all.forEach((x) => collectLeaves(x, out));
  else if ('any' in c) c.any.forEach((x) => collectLeaves(x, out));
  else if ('not' in c) collectLeaves(c.not, out);
  return out;
}

/** Builds the tree from per-leaf results in `collectLeaves` order, computing each node's own result. */
export function buildExplanation(
  c: NestedCondition,
  leaves: Array<{ actual: unknown; result: boolean }>,
  cursor = { i: 0 },
): Explanation {
  if (isLeaf(c)) {
    const r = leaves[cursor.i++] ?? { actual: undefined, result: false };
    const leaf: LeafExplanation = { kind: 'leaf', fact: c.fact, operator: c.operator, expected: c.value, ...r };
    if (c.path !== undefined) leaf.path = c.path;
    return leaf;
  }
  if ('all' in c) {
    const children = c.all.map((x) => buildExplanation(x, leaves, cursor));
    return { kind: 'all', result: children.every((x) => x.result), children };
  }
  if ('any' in c) {
    const children = c.any.map((x) => buildExplanation(x, leaves, cursor));
    // json-rules-engine treats an empty `any` as true (rule.js: no conditions → true); so do we.
    return { kind: 'any', result: children.length === 0 || children.some((x) => x.result), children };
  }
  if ('not' in c) {
    const child = buildExplanation(c.not, leaves, cursor);
    return { kind: 'not', result: !child.result, child };
  }
  return { kind: 'reference', name: c.condition, result: false };
}
