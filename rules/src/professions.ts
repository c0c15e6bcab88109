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
  'ORTHOPTISTE',
  'PODOLOGUE',
  'SPECIALISTE',
  'ASSISTANT-SOCIAL',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

/**
 * How a profession is named inside a sentence (« Pas d’IDE dans l’équipe de soins »), for the messages `rules/` writes
 * itself (validation, assignment explanations). The back office has its own, longer labels in its i18n files.
 */
export const PROFESSION_NOUNS: Record<Profession, { fr: string; en: string }> = {
  MG: { fr: 'médecin généraliste', en: 'GP' },
  IDE: { fr: 'IDE', en: 'nurse (IDE)' },
  IPA: { fr: 'IPA', en: 'advanced-practice nurse (IPA)' },
  PHARMACIEN: { fr: 'pharmacien', en: 'pharmacist' },
  KINE: { fr: 'kiné', en: 'physiotherapist' },
  DIETETICIEN: { fr: 'diététicien', en: 'dietitian' },
  'SAGE-FEMME': { fr: 'sage-femme', en: 'midwife' },
  PSYCHOLOGUE: { fr: 'psychologue', en: 'psychologist' },
  ERGOTHERAPEUTE: { fr: 'ergothérapeute', en: 'occupational therapist' },
  ORTHOPHONISTE: { fr: 'orthophoniste', en: 'speech therapist' },
  ORTHOPTISTE: { fr: 'orthoptiste', en: 'orthoptist' },
  PODOLOGUE: { fr: 'pédicure-podologue', en: 'podiatrist' },
  SPECIALISTE: { fr: 'médecin spécialiste', en: 'specialist doctor' },
  'ASSISTANT-SOCIAL': { fr: 'assistant social', en: 'social worker' },
};

/** Whether `code` is one of the CPTS's profession codes. */
export const isProfession = (code: string): code is Profession => (PROFESSIONS as readonly string[]).includes(code);

/** The profession as a noun in `lang`; an unknown code is shown as it is. */
export function professionNoun(code: string, lang: 'fr' | 'en' = 'fr'): string {
  return isProfession(code) ? PROFESSION_NOUNS[code][lang] : code;
}

/** French « de » before a noun, elided before a vowel or a mute h (« d’IDE », « de médecin »). */
export function deFr(noun: string): string {
  return /^[aeiouyhàâéèêëîïôûü]/i.test(noun) ? `d’${noun}` : `de ${noun}`;
}
