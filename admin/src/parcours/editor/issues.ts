// Validation issues as the editor uses them: the code and parameters its message is written from, and the step,
// transition and field they concern (by step id), whether they come from the editor's own validation or the server.
import { locateIssue, type Issue, type IssueLocation } from '@parcours/rules';
import type { Draft } from './draft';

export interface LocatedIssue {
  /** JSON pointer into the definition (kept for machines and the JSON tab, never shown in a message). */
  pointer: string;
  code: string;
  params: Record<string, string>;
  area: IssueLocation['area'];
  stepId?: string;
  transition?: number;
  /** The rest of the pointer inside the step, e.g. `due`, `form/2/id`, `next/0/when`. */
  field?: string;
}

/** What the server sends back in a 422 (problem+json `errors[]`), or an issue of the editor's own validation. */
export type IssueLike = Pick<Issue, 'pointer' | 'code'> & { params?: Record<string, string> };

/** Strips the API's `/body/definition` or `/definition` prefix so server and client issues point the same way. */
const normalise = (pointer: string): string => pointer.replace(/^(\/body)?\/definition/, '').replace(/^\/body$/, '');

export const locate = (draft: Draft, issue: IssueLike): LocatedIssue => {
  const pointer = normalise(issue.pointer);
  const { area, stepId, transition, field } = locateIssue(draft, pointer);
  return {
    pointer,
    code: issue.code,
    params: issue.params ?? {},
    area,
    ...(stepId !== undefined ? { stepId } : {}),
    ...(transition !== undefined ? { transition } : {}),
    ...(field !== undefined ? { field } : {}),
  };
};

/** Client issues first, then the server's that the client did not find (same pointer and code). */
export const mergeIssues = (client: readonly LocatedIssue[], server: readonly LocatedIssue[]): LocatedIssue[] => {
  const seen = new Set(client.map((i) => `${i.pointer} ${i.code}`));
  return [...client, ...server.filter((i) => !seen.has(`${i.pointer} ${i.code}`))];
};

export const countByStep = (issues: readonly LocatedIssue[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const i of issues) if (i.stepId) counts.set(i.stepId, (counts.get(i.stepId) ?? 0) + 1);
  return counts;
};

/** Issues whose pointer is `field` inside the step or below it (`form/1` catches `form/1/options`). */
export const issuesAt = (issues: readonly LocatedIssue[], stepId: string, field: string): LocatedIssue[] =>
  issues.filter((i) => i.stepId === stepId && (i.field === field || i.field?.startsWith(`${field}/`)));
