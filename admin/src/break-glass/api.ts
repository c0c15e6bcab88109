import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';

/** What the identity lookup answers: who the patient is, and whether the caller may already open the file. */
export interface LookedUpPatient {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  accessible: boolean;
}

export const lookupPatients = async (lastName: string, birthDate: string): Promise<LookedUpPatient[]> =>
  (
    await httpClient(
      `${API_URL}/patients/lookup?${new URLSearchParams({ lastName: lastName.trim(), birthDate }).toString()}`,
    )
  ).json as LookedUpPatient[];

export const openBreakGlass = async (patientId: string, reason: string): Promise<{ expiresAt: string }> =>
  (
    await httpClient(`${API_URL}/patients/${encodeURIComponent(patientId)}/break-glass`, {
      method: 'POST',
      body: JSON.stringify({ reason }),
    })
  ).json as { expiresAt: string };
