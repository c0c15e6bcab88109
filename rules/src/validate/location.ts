// Turns an issue's JSON pointer into the place an editor shows: step id instead of index, transition, field.
import type { IssueLocation } from './issue.js';

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** The location of `ptr` inside `doc` (any JSON: the step id is read when there is one). */
export function locateIssue(doc: unknown, ptr: string): IssueLocation {
  const [first = '', ...rest] = ptr.split('/').slice(1).map(unescape);
  if (first === 'eligibility') return { area: 'eligibility', ...(rest.length ? { field: rest.join('/') } : {}) };
  if (first === 'parameters') return { area: 'parameters', ...(rest.length ? { field: rest.join('/') } : {}) };
  if (first !== 'steps' || rest.length === 0) return { area: 'general', ...(first ? { field: ptr.slice(1) } : {}) };
  const [index, ...inside] = rest;
  const steps = (doc as { steps?: unknown } | null)?.steps;
  const step = Array.isArray(steps) ? (steps[Number(index)] as { id?: unknown } | undefined) : undefined;
  const location: IssueLocation = { area: 'steps' };
  if (typeof step?.id === 'string') location.stepId = step.id;
  if (inside.length) location.field = inside.join('/');
  if (inside[0] === 'next' && inside[1] !== undefined && /^\d+$/.test(inside[1]))
    location.transition = Number(inside[1]);
  return location;
}
