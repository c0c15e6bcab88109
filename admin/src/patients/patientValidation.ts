// Client-side checks mirroring the API's patient schema (api/src/patients/schemas.ts, which the admin cannot import):
// they catch mistakes before the round trip; the server stays the judge and its 422 lands at the same fields.
import { maxLength, regex, required } from 'react-admin';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CONDITION_CODE = /^[a-z0-9][a-z0-9-]*$/;
const ALD_CODE = /^[A-Za-z0-9.-]+$/;

/** Today as the API compares it: the UTC calendar date. */
const todayUtc = (now: Date): string => now.toISOString().slice(0, 10);

/** `YYYY-MM-DD`, a real date, between 1900-01-01 and today. */
export const birthDateError = (value: unknown, now = new Date()): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value).slice(0, 10);
  if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text))) return 'parcours.patients.validation.date_format';
  if (text > todayUtc(now)) return 'parcours.patients.validation.birth_date_future';
  if (text < '1900-01-01') return 'parcours.patients.validation.birth_date_too_old';
  return undefined;
};

/** Every code of a list input matches `pattern`. */
const codes =
  (pattern: RegExp, message: string) =>
  (value: unknown): string | undefined =>
    Array.isArray(value) && value.some((code) => typeof code !== 'string' || !pattern.test(code)) ? message : undefined;

export const patientValidators = {
  name: [required(), maxLength(100)],
  birthDate: [required(), (value: unknown) => birthDateError(value)],
  sex: [required()],
  conditions: [codes(CONDITION_CODE, 'parcours.patients.validation.condition_code')],
  ald: [codes(ALD_CODE, 'parcours.patients.validation.ald_code')],
  lastDischargeAt: [regex(/^\d{4}-\d{2}-\d{2}/, 'parcours.patients.validation.date_format')],
};
