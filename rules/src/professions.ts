// Profession codes of the CPTS's professionals. A task step is assigned to one of them and a professional user holds
// one, so the API, the back office and the seed must share this one list.

/** Profession codes a user may hold and a task may be assigned to. */
export const PROFESSIONS = [
  'MG',
  'IDE',
  'IPA',
  'PHARMACIEN',
  'KINE',
  'DIETETICIEN',
  'SAGE-FEMME',
  'PSYCHOLOGUE',
  'ERGOTHERAPEUTE',
  'ORTHOPHONISTE',
  'PODOLOGUE',
  'SPECIALISTE',
  'ASSISTANT-SOCIAL',
] as const;
export type Profession = (typeof PROFESSIONS)[number];
