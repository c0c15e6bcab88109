// Validation issues: where (JSON pointer for machines, location for people), what (a stable code and its parameters,
// from which the back office writes its own message), a French and English message for the CLI and the API, and how
// serious.

export type Severity = 'error' | 'warning';

/** Every code validate() may give; the back office has a French and an English message for each. */
export const ISSUE_CODES = [
  // structure (the JSON does not have the shape of a definition)
  'required',
  'missing-text',
  'empty-list',
  'no-transition',
  'missing-start',
  'missing-target',
  'invalid-id',
  'invalid-duration',
  'invalid-value',
  'invalid-condition',
  'unknown-step-type',
  'unknown-field-type',
  // graph
  'duplicate-step-id',
  'unknown-start',
  'unknown-target',
  'missing-default-transition',
  'unreachable-transition',
  'unreachable-step',
  'no-end-reachable',
  'loop-without-pause',
  // steps and forms
  'task-without-due',
  'duplicate-field-id',
  'min-above-max',
  'duplicate-option',
  'unknown-outcome',
  // assignment rules
  'unknown-profession',
  'unknown-role',
  'care-team-without-fallback',
  'invalid-assignee',
  // template parameters
  'duplicate-parameter-id',
  'invalid-parameter-target',
  'parameter-values-differ',
  // conditions
  'eligibility-fact',
  'unknown-fact',
  'unknown-operator',
  'missing-value',
  'unsupported-value',
  'list-required',
  'unknown-path',
  'named-condition',
  'type-mismatch',
  'unknown-option',
  'internal-error',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Values a message names (a step id, a fact's label…), always plain strings. */
export type IssueParams = Record<string, string>;

/**
 * Where an issue is, in the editor's terms: the part of the definition, the step (by id, not index), the transition
 * (index in the step's `next`) and the field inside the step or the document (`title/fr`, `form/2/label/fr`, `due`).
 */
export type IssueLocation = {
  area: 'general' | 'eligibility' | 'parameters' | 'steps';
  stepId?: string;
  transition?: number;
  field?: string;
};

export type Issue = {
  pointer: string;
  code: IssueCode;
  params: IssueParams;
  location: IssueLocation;
  message: { fr: string; en: string };
  severity: Severity;
};

/** Builds a JSON pointer (RFC 6901) from path segments. */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** An error issue; its location is filled in by validate(), which knows the document. */
export function error(ptr: string, code: IssueCode, fr: string, en: string, params: IssueParams = {}): Issue {
  return { pointer: ptr, code, params, location: { area: 'general' }, message: { fr, en }, severity: 'error' };
}

/** A warning issue: publishing is allowed but the coordinator should look. */
export function warning(ptr: string, code: IssueCode, fr: string, en: string, params: IssueParams = {}): Issue {
  return { pointer: ptr, code, params, location: { area: 'general' }, message: { fr, en }, severity: 'warning' };
}
