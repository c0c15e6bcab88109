import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';
import type { EnrolmentPreview, EnrolmentRequest, PatientFilter } from '@parcours/rules/contract';

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
