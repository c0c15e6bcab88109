// Bulk enrolments: the patient filter they take, their preview and their progress.
import type { LocalizedText } from './common.js';
import type { Sex } from './patients.js';

/** The patient filter of the API (same fields as the patients list filters). */
export interface PatientFilter {
  q?: string;
  sex?: Sex;
  ageMin?: number;
  ageMax?: number;
  conditions?: string;
  ald?: string;
  hasMedecinTraitant?: boolean;
  objecting?: boolean;
  informed?: boolean;
}

export interface EnrolmentRequest {
  parcoursKey: string;
  version?: number;
  filter?: PatientFilter;
}

export interface Enrolment {
  id: string | number;
  parcoursKey: string;
  version: number | null;
  status: 'queued' | 'running' | 'completed' | 'failed';
  dryRun: boolean;
  scanned: number;
  eligible: number;
  started: number;
  alreadyEnrolled: number;
  /** Patients set apart because they object to the sharing of their data. */
  objecting: number;
  failed: number;
  errors: { patientId: string; message: string }[];
  total: number;
  /** The parcours title (GET /enrolments/:id only). */
  title?: string | null;
}

/** How many patients the filter matches, how many are eligible, and which conditions keep the others out. */
export interface EnrolmentPreview {
  matching: number;
  eligible: number;
  /** Patients set apart because they object to the sharing of their data (counted before eligibility). */
  objecting: number;
  /** The first of them, named, with the reason they cannot be enrolled. */
  objectors: {
    patientId: string;
    firstName: string;
    lastName: string;
    since: string;
    channel: string;
    reason: LocalizedText;
  }[];
  ineligibleBy: { condition: LocalizedText; count: number }[];
}
