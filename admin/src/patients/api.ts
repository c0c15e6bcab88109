import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';
import { readSession } from '../providers/session';
import type { LocalizedText } from '../types';

export interface Eligibility {
  parcoursKey: string;
  version: number;
  title: LocalizedText;
  eligible: boolean;
  reasons: { fr: string[]; en: string[] };
  runningJourneyId: string | null;
}

export interface StartedJourney {
  id: string;
  parcoursKey: string;
  version: number;
}

/** Starts one journey for the patient (the API checks eligibility again and refuses a second open journey). */
export const startJourney = async (patientId: string, parcoursKey: string): Promise<StartedJourney> =>
  (
    await httpClient(`${API_URL}/journeys`, {
      method: 'POST',
      body: JSON.stringify({ patientId, parcoursKey }),
    })
  ).json as StartedJourney;
export interface ImportReport {
  imported?: number;
  rows?: number | { row: number; errors: { column: string; message: string }[] }[];
  detail?: string;
}

export const getEligibility = async (id: string): Promise<Eligibility[]> =>
  (await httpClient(`${API_URL}/patients/${encodeURIComponent(id)}/eligibility`)).json as Eligibility[];

/** Sends the CSV as text/csv; a 422 carries the per-row report, so it is returned, not thrown. */
export const importPatients = async (csv: string, dryRun: boolean): Promise<{ ok: boolean; report: ImportReport }> => {
  const token = readSession()?.token;
  const res = await fetch(`${API_URL}/patients/import${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: csv,
  });
  const report = (await res.json().catch(() => ({}))) as ImportReport;
  if (!res.ok && res.status !== 422) throw new Error(report.detail ?? `HTTP ${res.status}`);
  return { ok: res.ok, report };
};
