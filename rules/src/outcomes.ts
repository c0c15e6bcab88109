// The controlled list of journey outcomes: an `end` step names one of these codes, and every screen shows its label.
// A CPTS may add its own (API configuration PARCOURS_EXTRA_OUTCOMES); the codes below are always available.

/** A journey outcome: a stable code (slug, stored and used in rules) and its labels. */
export interface OutcomeDefinition {
  code: string;
  label: { fr: string; en: string };
}

/** Outcomes every CPTS has. `cancelled` is not listed: only a coordinator's cancellation ends a journey with it. */
export const BASE_OUTCOMES: readonly OutcomeDefinition[] = [
  { code: 'completed', label: { fr: 'terminé', en: 'completed' } },
  { code: 'referred', label: { fr: 'orienté', en: 'referred' } },
  { code: 'declined', label: { fr: 'refusé par le patient', en: 'declined' } },
  { code: 'lost-to-follow-up', label: { fr: 'perdu de vue', en: 'lost to follow-up' } },
  { code: 'deceased', label: { fr: 'décédé', en: 'deceased' } },
  { code: 'withdrawn', label: { fr: 'sorti du parcours', en: 'withdrawn' } },
  { code: 'readmitted', label: { fr: 'réhospitalisé', en: 'readmitted' } },
];

/** The outcome a cancelled journey carries (set by the workflow, never by an `end` step). */
export const CANCELLED_OUTCOME: OutcomeDefinition = { code: 'cancelled', label: { fr: 'annulé', en: 'cancelled' } };

/** The base outcomes followed by a CPTS's own; a CPTS outcome never replaces a base one. */
export function outcomeList(extra: readonly OutcomeDefinition[] = []): OutcomeDefinition[] {
  const base = new Set(BASE_OUTCOMES.map((o) => o.code));
  return [...BASE_OUTCOMES, ...extra.filter((o) => !base.has(o.code))];
}

/** The label of an outcome code in a locale; an unknown code (older data) is shown as it is. */
export function outcomeLabel(
  code: string,
  locale: 'fr' | 'en' = 'fr',
  outcomes: readonly OutcomeDefinition[] = BASE_OUTCOMES,
): string {
  const known = [...outcomes, CANCELLED_OUTCOME].find((o) => o.code === code);
  return known ? known.label[locale] : code;
}
