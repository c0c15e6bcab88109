import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';
import type { LocalizedText } from '../types';

/** The patient filter of the API (same fields as the patients list filters). */
export interface PatientFilter {
  q?: string;
  sex?: 'F' | 'M' | 'X';
  ageMin?: number;
  ageMax?: number;
  conditions?: string;
  ald?: string;
  hasMedecinTraitant?: boolean;
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
  ineligibleBy: { condition: LocalizedText; count: number }[];
}

export const previewEnrolment = async (body: EnrolmentRequest): Promise<EnrolmentPreview> =>
  (await httpClient(`${API_URL}/enrolments/preview`, { method: 'POST', body: JSON.stringify(body) }))
    .json as EnrolmentPreview;

export const startEnrolment = async (body: EnrolmentRequest): Promise<{ id: string }> =>
  (await httpClient(`${API_URL}/enrolments`, { method: 'POST', body: JSON.stringify(body) })).json as { id: string };

/** Drops empty inputs: the API refuses unknown or empty filter values. */
export const cleanFilter = (f: PatientFilter): PatientFilter =>
  Object.fromEntries(
    Object.entries(f).filter(([, v]) => v !== undefined && v !== '' && !Number.isNaN(v)),
  ) as PatientFilter;
