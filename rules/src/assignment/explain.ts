// Why a task went where it went, in a sentence a coordinator reads in the history or the Tester: « Médecin traitant du
// patient », « Pas d’IDE dans l’équipe de soins : IDE référente de la CPTS (recours 1) », « Personne de joignable :
// coordination de la CPTS ». Pure, so the worker's timeline and the simulator say exactly the same thing.
import type { Assignee, FallbackAssignee } from '../schema/steps.js';
import { deFr, professionNoun } from '../professions.js';
import type { AssignmentReason, SkipReason } from './resolve.js';

export type Lang = 'fr' | 'en';

/** Names the caller knows that rules/ does not: the CPTS's pools by key (« ide-referente » → « IDE référente de la CPTS »). */
export interface AssignmentNames {
  pools?: Readonly<Record<string, string>>;
}

const ROLE_NAMES: Record<string, { fr: string; en: string }> = {
  coordinator: { fr: 'coordination de la CPTS', en: 'the CPTS coordination' },
  professional: { fr: 'professionnels de la CPTS', en: 'the CPTS professionals' },
  auditor: { fr: 'auditeurs', en: 'auditors' },
  admin: { fr: 'administrateurs', en: 'administrators' },
};

const SKIPPED: Record<SkipReason, { fr: string; en: string }> = {
  'pool-empty': { fr: 'aucun membre actif dans l’équipe', en: 'no active member in the team' },
  'no-patient-commune': { fr: 'commune du patient inconnue', en: 'patient’s commune unknown' },
  'nobody-covers-commune': {
    fr: 'personne ne couvre la commune du patient',
    en: 'nobody covers the patient’s commune',
  },
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The target a profession, role or pool rule names, as a noun phrase (« IDE couvrant la commune du patient »). */
export function describeTarget(rule: FallbackAssignee, lang: Lang, names: AssignmentNames = {}): string {
  if ('pool' in rule) {
    const name = names.pools?.[rule.pool];
    return name ?? (lang === 'fr' ? `pool « ${rule.pool} »` : `pool "${rule.pool}"`);
  }
  if ('role' in rule) return ROLE_NAMES[rule.role]?.[lang] ?? rule.role;
  const noun = professionNoun(rule.profession, lang);
  if (rule.coveringPatientCommune)
    return lang === 'fr' ? `${noun} couvrant la commune du patient` : `${noun} covering the patient’s commune`;
  return lang === 'fr' ? `${noun} (tous ceux de la CPTS)` : `${noun} (anyone in the CPTS)`;
}

function skippedText(skipped: { index: number; because: SkipReason }[], lang: Lang, single: boolean): string {
  if (skipped.length === 0) return '';
  const parts = skipped.map((s) =>
    single
      ? SKIPPED[s.because][lang]
      : lang === 'fr'
        ? `recours ${s.index + 1} : ${SKIPPED[s.because].fr}`
        : `fallback ${s.index + 1}: ${SKIPPED[s.because].en}`,
  );
  return lang === 'fr' ? ` (${parts.join(' ; ')})` : ` (${parts.join('; ')})`;
}

const noneInTeam = (careTeam: string, lang: Lang) =>
  lang === 'fr'
    ? `Pas ${deFr(professionNoun(careTeam, 'fr'))} dans l’équipe de soins`
    : `No ${professionNoun(careTeam, 'en')} in the care team`;

/** One sentence saying why an assignment rule gave its target, in `lang`. */
export function explainAssignment(
  reason: AssignmentReason,
  rule: Assignee,
  lang: Lang = 'fr',
  names: AssignmentNames = {},
): string {
  switch (reason.kind) {
    case 'rule':
      return 'careTeam' in rule
        ? capitalize(professionNoun(rule.careTeam, lang))
        : capitalize(describeTarget(rule, lang, names));
    case 'care-team': {
      if (reason.memberRole === 'medecin-traitant')
        return lang === 'fr' ? 'Médecin traitant du patient' : 'The patient’s registered GP (médecin traitant)';
      const noun = professionNoun(reason.careTeam, lang);
      const own = lang === 'fr' ? `${capitalize(noun)} de l’équipe de soins du patient` : `The patient’s own ${noun}`;
      if (reason.careTeam !== 'MG') return own;
      return lang === 'fr' ? `${own} (pas de médecin traitant déclaré)` : `${own} (no registered GP declared)`;
    }
    case 'fallback': {
      const fallback = 'careTeam' in rule ? rule.fallback?.[reason.index] : undefined;
      const target = fallback ? describeTarget(fallback, lang, names) : '?';
      const which = lang === 'fr' ? `recours ${reason.index + 1}` : `fallback ${reason.index + 1}`;
      const passed = skippedText(reason.skipped, lang, false);
      return `${noneInTeam(reason.careTeam, lang)}${lang === 'fr' ? ' :' : ':'} ${target} (${which})${passed}`;
    }
    case 'unreachable': {
      const last = ROLE_NAMES.coordinator?.[lang] ?? 'coordinator';
      if (reason.careTeam === undefined)
        return lang === 'fr'
          ? `Personne de joignable${skippedText(reason.skipped, lang, true)} : ${last}`
          : `Nobody reachable${skippedText(reason.skipped, lang, true)}: ${last}`;
      const passed = skippedText(reason.skipped, lang, false);
      return lang === 'fr'
        ? `${noneInTeam(reason.careTeam, lang)} et personne de joignable parmi les recours${passed} : ${last}`
        : `${noneInTeam(reason.careTeam, lang)} and no fallback reachable${passed}: ${last}`;
    }
  }
}
