import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';
import { HttpError } from 'react-admin';
import type { Eligibility, ImportReport, StartedJourney } from '@parcours/rules/contract';

/** Starts one journey for the patient (the API checks eligibility again and refuses a second open journey). */
export const startJourney = async (patientId: string, parcoursKey: string): Promise<StartedJourney> =>
  (
    await httpClient(`${API_URL}/journeys`, {
      method: 'POST',
      body: JSON.stringify({ patientId, parcoursKey }),
    })
  ).json as StartedJourney;

export const getEligibility = async (id: string): Promise<Eligibility[]> =>
  (await httpClient(`${API_URL}/patients/${encodeURIComponent(id)}/eligibility`)).json as Eligibility[];

/**
 * Sends the CSV as text/csv through the authenticated client (token refresh included); a 422 carries the per-row
 * report, so it is returned, not thrown.
 */
export const importPatients = async (csv: string, dryRun: boolean): Promise<{ ok: boolean; report: ImportReport }> => {
  try {
    const { json } = await httpClient(`${API_URL}/patients/import${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      headers: new Headers({ 'Content-Type': 'text/csv' }),
      body: csv,
    });
    return { ok: true, report: json as ImportReport };
  } catch (error) {
    if (error instanceof HttpError && error.status === 422) return { ok: false, report: error.body as ImportReport };
    throw error;
  }
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

/** One recorded event of the patient's say (GET /api/patients/:id/say). */
export interface PatientSayEvent {
  id: string;
  kind: 'information' | 'objection' | 'withdrawal';
  occurredOn: string;
  channel: string;
  note: string | null;
  recordedAt: string;
  recordedBy: { id: string; displayName: string } | null;
}

export interface PatientSayHistory {
  informedOn: string | null;
  objectingSince: string | null;
  refusal: { fr: string; en: string } | null;
  events: PatientSayEvent[];
}

const sayUrl = (patientId: string) => `${API_URL}/patients/${encodeURIComponent(patientId)}/say`;

export const getSay = async (patientId: string): Promise<PatientSayHistory> =>
  (await httpClient(sayUrl(patientId))).json as PatientSayHistory;

export const recordSay = async (
  patientId: string,
  body: { kind: PatientSayEvent['kind']; occurredOn: string; channel: string; note?: string },
): Promise<SayRecorded> =>
  (await httpClient(sayUrl(patientId), { method: 'POST', body: JSON.stringify(body) })).json as SayRecorded;

/** What recording a say answers: an objection's cancellations, and those left until the engine answers. */
export interface SayRecorded {
  cancelledJourneys: number;
  pendingCancellations: number;
}

/** The right-of-access report (GET /api/patients/:id/access-log, auditors). */
export interface AccessLogReport {
  patient: { id: string; firstName: string; lastName: string; birthDate: string };
  cpts: string;
  editedAt: string;
  truncated: boolean;
  entries: {
    id: string;
    at: string;
    actor: { id: string; displayName: string; profession: string | null } | null;
    actorRole: string | null;
    label: { fr: string; en: string };
    reason: string | null;
  }[];
}

export const getAccessLog = async (patientId: string): Promise<AccessLogReport> =>
  (await httpClient(`${API_URL}/patients/${encodeURIComponent(patientId)}/access-log`)).json as AccessLogReport;
