// Conversions between the generated form's values and the `answers` object of the API.
import type { AnswerValue, Answers, FormField } from '@parcours/rules/contract';

export const ANSWERS_PREFIX = 'answers';

// Booleans are asked as yes/no radios so that "required" means "answered", not "ticked".
export const BOOLEAN_YES = 'yes';
export const BOOLEAN_NO = 'no';

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

const toAnswer = (field: FormField, value: unknown): AnswerValue | undefined => {
  if (isEmpty(value)) return undefined;
  switch (field.type) {
    case 'number':
      return Number(value);
    case 'boolean':
      return value === BOOLEAN_YES || value === true;
    case 'choice':
      if (field.multiple) return Array.isArray(value) ? value.map(String) : [String(value)];
      return String(value);
    case 'date':
    case 'text':
      return String(value);
  }
};

/** Keeps only the declared fields, typed as the API expects; unanswered optional fields are left out. */
export const toAnswers = (form: FormField[], values: Record<string, unknown>): Answers => {
  const raw = (values[ANSWERS_PREFIX] ?? {}) as Record<string, unknown>;
  const answers: Answers = {};
  for (const field of form) {
    const answer = toAnswer(field, raw[field.id]);
    if (answer !== undefined) answers[field.id] = answer;
  }
  return answers;
};

interface ProblemError {
  pointer?: unknown;
  /** The API's field errors carry `message`; a single-field problem carries `detail`. */
  message?: unknown;
  detail?: unknown;
}

const pointerToFieldId = (pointer: unknown): string | undefined => {
  if (typeof pointer !== 'string') return undefined;
  const match = /^(?:\/body)?\/?answers\/([^/]+)/.exec(pointer);
  return match?.[1];
};

/**
 * Turns a problem+json refusal that points at answers (`pointer: '/answers/<id>'`, alone or in `errors[]`) into
 * react-admin submission errors; undefined when it points at no field.
 */
export const answerErrorsFromProblem = (body: unknown): { answers: Record<string, string> } | undefined => {
  if (typeof body !== 'object' || body === null) return undefined;
  const problem = body as ProblemError & { errors?: unknown };
  const items: ProblemError[] = Array.isArray(problem.errors) ? (problem.errors as ProblemError[]) : [problem];
  const errors: Record<string, string> = {};
  for (const item of items) {
    const id = pointerToFieldId(item.pointer);
    const text = typeof item.message === 'string' ? item.message : item.detail;
    if (id && typeof text === 'string') errors[id] = text;
  }
  return Object.keys(errors).length > 0 ? { answers: errors } : undefined;
};

/** Prefills the form with answers already recorded (a task re-opened, or a retried submission). */
export const toFormValues = (form: FormField[], answers: Answers | null): Record<string, unknown> => {
  const values: Record<string, unknown> = {};
  for (const field of form) {
    const value = answers?.[field.id];
    if (value === undefined) continue;
    values[field.id] = field.type === 'boolean' ? (value ? BOOLEAN_YES : BOOLEAN_NO) : value;
  }
  return { [ANSWERS_PREFIX]: values };
};
