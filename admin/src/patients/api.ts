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

/** One membership of the patient's care team (GET /api/patients/:id/care-team). */
export interface CareTeamMember {
  id: string;
  userId: string;
  role: 'medecin-traitant' | 'intervenant';
  profession: string;
  startDate: string;
  endDate: string | null;
  current: boolean;
  user: { id: string; displayName: string; profession: string | null; rpps: string | null };
  declaredBy: { id: string; displayName: string } | null;
  declaredAt: string;
}

const careTeamUrl = (patientId: string) => `${API_URL}/patients/${encodeURIComponent(patientId)}/care-team`;

export const getCareTeam = async (patientId: string): Promise<CareTeamMember[]> =>
  (await httpClient(careTeamUrl(patientId))).json as CareTeamMember[];

export const addCareTeamMember = async (
  patientId: string,
  body: { userId: string; role: CareTeamMember['role']; profession: string; startDate: string },
): Promise<CareTeamMember> =>
  (await httpClient(careTeamUrl(patientId), { method: 'POST', body: JSON.stringify(body) })).json as CareTeamMember;

export const endCareTeamMember = async (patientId: string, memberId: string): Promise<CareTeamMember> =>
  (
    await httpClient(`${careTeamUrl(patientId)}/${encodeURIComponent(memberId)}/end`, {
      method: 'POST',
      body: JSON.stringify({}),
    })
  ).json as CareTeamMember;
