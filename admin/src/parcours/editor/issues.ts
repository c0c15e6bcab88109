// Maps validation issues (JSON pointers such as `/steps/3/next/0/when`) to the step, transition and field they concern.
import type { Issue } from '@parcours/rules';
import type { Draft } from './draft';

export interface LocatedIssue {
  pointer: string;
  message: { fr: string; en?: string };
  stepId?: string;
  transition?: number;
  /** The rest of the pointer inside the step, e.g. `due`, `form/2/id`, `next/0/when`. */
  field?: string;
}

const STEP_POINTER = /^\/steps\/(\d+)(?:\/(.*))?$/;

/** Strips the API's `/body/definition` prefix so server and client issues point the same way. */
const normalise = (pointer: string): string => pointer.replace(/^\/body(\/definition)?/, '');

export const locate = (
  draft: Draft,
  issue: Pick<Issue, 'pointer'> & { message: { fr: string; en?: string } },
): LocatedIssue => {
  const pointer = normalise(issue.pointer);
  const match = STEP_POINTER.exec(pointer);
  if (!match) return { pointer, message: issue.message };
  const step = draft.steps[Number(match[1])];
  const field = match[2];
  const transition = field?.startsWith('next/') ? Number(field.split('/')[1]) : undefined;
  return {
    pointer,
    message: issue.message,
    ...(step ? { stepId: step.id } : {}),
    ...(field !== undefined ? { field } : {}),
    ...(transition !== undefined && !Number.isNaN(transition) ? { transition } : {}),
  };
};

export const countByStep = (issues: readonly LocatedIssue[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const i of issues) if (i.stepId) counts.set(i.stepId, (counts.get(i.stepId) ?? 0) + 1);
  return counts;
};

/** Issues whose pointer is `field` inside the step or below it (`form/1` catches `form/1/options`). */
export const issuesAt = (issues: readonly LocatedIssue[], stepId: string, field: string): LocatedIssue[] =>
  issues.filter((i) => i.stepId === stepId && (i.field === field || i.field?.startsWith(`${field}/`)));
