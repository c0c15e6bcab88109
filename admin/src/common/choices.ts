/** Select choices whose labels are translation keys under `prefix` (react-admin translates choice names). */
export const enumChoices = (values: readonly string[], prefix: string): { id: string; name: string }[] =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

export const JOURNEY_STATUSES = ['running', 'completed', 'cancelled', 'failed'] as const;
export const TASK_STATUSES = ['open', 'completed', 'cancelled'] as const;
export const PARCOURS_STATUSES = ['draft', 'published', 'retired'] as const;
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const PROFESSIONS = [
  'medecin_generaliste',
  'medecin_traitant',
  'ide',
  'idel',
  'ipa',
  'pharmacien',
  'kine',
  'pedicure_podologue',
  'dieteticien',
  'sage_femme',
  'cardiologue',
  'pneumologue',
  'ophtalmologue',
  'orthoptiste',
  'biologiste',
  'coordinateur',
] as const;
