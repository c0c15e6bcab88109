// Patients as GET /patients answers them, their eligibility per published parcours, and the CSV import report.
import type { LocalizedText } from './common.js';

export const SEXES = ['F', 'M', 'X'] as const;
export type Sex = (typeof SEXES)[number];

export interface Patient<D = string> {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: D;
  sex: Sex;
  conditions: string[];
  ald: string[];
  /** Derived from the care team: a current médecin traitant. */
  hasMedecinTraitant: boolean;
  /** INSEE code of the patient's commune, one of the CPTS's. */
  communeCode: string | null;
  lastDischargeAt: D | null;
  /** Derived from the patient's say: the last day they were informed of the sharing of their data. */
  informedOn?: D | null;
  /** Derived from the patient's say: the day of the objection in force (null: none). */
  objectingSince?: D | null;
}

/** GET /patients/:id/eligibility: one verdict per published parcours, with its reasons in both languages. */
export interface Eligibility {
  parcoursKey: string;
  version: number | null;
  definitionId: string;
  /** The parcours title (its French title, as stored). */
  title: string;
  eligible: boolean;
  /** The evaluated eligibility rule, leaf by leaf (null when the stored rule could not be evaluated). */
  explanation: unknown;
  text: LocalizedText;
  reasons: { fr: string[]; en: string[] };
  runningJourneyId: string | null;
  /** Set when the patient objects to the sharing of their data: not eligible, whatever the rule (day AAAA-MM-JJ). */
  objection?: { since: string; channel: string };
}

/** One refused row of a CSV import: which columns, why. */
export interface ImportRowErrors {
  row: number;
  errors: { column: string; message: string }[];
}

/** POST /patients/import: how many rows were imported (or would be, on a dry run), or the refused rows (422). */
export interface ImportReport {
  imported?: number;
  rows?: number | ImportRowErrors[];
  detail?: string;
}
