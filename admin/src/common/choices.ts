/** Select choices whose labels are translation keys under `prefix` (react-admin translates choice names). */
export const enumChoices = (values: readonly string[], prefix: string): { id: string; name: string }[] =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

export const JOURNEY_STATUSES = ['running', 'error', 'completed', 'cancelled', 'failed'] as const;
export const TASK_STATUSES = ['open', 'completed', 'cancelled'] as const;
export const PARCOURS_STATUSES = ['draft', 'published', 'retired'] as const;
export { SEXES } from '@parcours/rules/contract';
// The profession codes live in rules/, shared with the API and the seed.
export { PROFESSIONS } from '@parcours/rules/professions';
// The patient's say: its kinds and channels, the fixed lists the API checks.
export { PATIENT_SAY_CHANNELS, PATIENT_SAY_KINDS } from '@parcours/rules/patient-say';
