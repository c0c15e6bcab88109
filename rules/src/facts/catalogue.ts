// The fact catalogue: every path a condition may read, with its type. Validation and the rule editor both use it.
import type { LocalizedText } from '../schema/common.js';
import { PROFESSIONS } from '../professions.js';

/** Value types of fact paths; `date` is an ISO string, `string[]` an array of codes, `unknown` is not type-checked. */
export type FactType = 'number' | 'string' | 'boolean' | 'date' | 'string[]' | 'unknown';
export type FactDescriptor = {
  fact: 'patient' | 'journey' | 'answers';
  path: string;
  type: FactType;
  nullable?: boolean;
  values?: string[];
  label: LocalizedText & { en: string };
};

// `patient.careTeam` (a list of members) is a fact but not in this catalogue: no operator compares a list of objects.
// Rules test the team through `careTeamProfessions` and `hasMedecinTraitant`, both derived from it.
export const patientFactCatalogue: readonly FactDescriptor[] = [
  { fact: 'patient', path: '$.age', type: 'number', label: { fr: 'âge du patient', en: "patient's age" } },
  { fact: 'patient', path: '$.sex', type: 'string', values: ['F', 'M', 'X'], label: { fr: 'sexe', en: 'sex' } },
  { fact: 'patient', path: '$.ald', type: 'string[]', label: { fr: 'ALD', en: 'long-term conditions (ALD)' } },
  { fact: 'patient', path: '$.conditions', type: 'string[]', label: { fr: 'pathologies', en: 'conditions' } },
  {
    fact: 'patient',
    path: '$.hasMedecinTraitant',
    type: 'boolean',
    label: { fr: 'a un médecin traitant', en: 'has a registered GP' },
  },
  {
    fact: 'patient',
    path: '$.careTeamProfessions',
    type: 'string[]',
    values: [...PROFESSIONS],
    label: { fr: 'professions de l’équipe de soins', en: 'professions in the care team' },
  },
  {
    fact: 'patient',
    path: '$.commune',
    type: 'string',
    nullable: true,
    label: { fr: 'commune du patient (code INSEE)', en: "patient's commune (INSEE code)" },
  },
  {
    fact: 'patient',
    path: '$.lastDischargeAt',
    type: 'date',
    nullable: true,
    label: { fr: 'dernière sortie d’hospitalisation', en: 'last hospital discharge' },
  },
];

export const journeyFactCatalogue: readonly FactDescriptor[] = [
  { fact: 'journey', path: '$.startedAt', type: 'date', label: { fr: 'début du parcours', en: 'journey start' } },
  {
    fact: 'journey',
    path: '$.daysSinceStart',
    type: 'number',
    label: { fr: 'jours depuis le début', en: 'days since start' },
  },
  {
    fact: 'journey',
    path: '$.iteration',
    type: 'number',
    label: { fr: 'passage n° (boucle)', en: 'loop iteration' },
  },
  {
    fact: 'journey',
    path: '$.previousOutcome',
    type: 'string',
    nullable: true,
    label: { fr: 'issue précédente', en: 'previous outcome' },
  },
];

/** Custom patient facts recorded by the CPTS live under `extra`; their type is not known to the format. */
export const EXTRA_PATH = /^\$\.extra\.[A-Za-z_][A-Za-z0-9_]*$/;

/** Finds the descriptor of a patient or journey fact path (`extra.*` gets an untyped descriptor). */
export function lookupFact(fact: string, path: string | undefined): FactDescriptor | undefined {
  if (fact === 'patient' && path && EXTRA_PATH.test(path)) {
    const name = path.slice('$.extra.'.length);
    return { fact, path, type: 'unknown', nullable: true, label: { fr: `donnée « ${name} »`, en: `"${name}"` } };
  }
  const list = fact === 'patient' ? patientFactCatalogue : fact === 'journey' ? journeyFactCatalogue : [];
  return list.find((d) => d.path === path);
}
