// The patient as the API accepts it: one set of field schemas for create, update, CSV import and the admin forms.
import { z } from 'zod';
import { inseeCode } from '../communes/schemas.ts';
import { calendarDay, instant } from '../http/common.ts';

const birthDate = calendarDay.refine(
  (d) => d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10),
  'date de naissance invalide',
);
const fields = {
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  birthDate,
  sex: z.enum(['F', 'M', 'X']),
  conditions: z
    .array(
      z
        .string()
        .max(100)
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'code en minuscules'),
    )
    .max(100),
  ald: z
    .array(
      z
        .string()
        .max(20)
        .regex(/^[A-Za-z0-9.-]+$/, 'code ALD invalide'),
    )
    .max(50),
  /** INSEE code of one of the CPTS's communes (GET /api/communes). */
  communeCode: inseeCode.nullable(),
  lastDischargeAt: instant.or(calendarDay).nullable(),
  extra: z.record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])),
};

export const patientInput = z
  .strictObject({
    ...fields,
    conditions: fields.conditions.default([]),
    ald: fields.ald.default([]),
    communeCode: fields.communeCode.optional(),
    lastDischargeAt: fields.lastDischargeAt.optional(),
    extra: fields.extra.default({}),
  })
  .meta({ id: 'PatientInput' });

// react-admin sends the whole record back on update, read-only fields included: accept and ignore those; a birth date
// read from the API as a timestamp is taken back as its date. hasMedecinTraitant is derived from the care team
// (care-team/sync.ts): whatever a client sends for it is ignored.
const readOnly = {
  id: z.string().optional(),
  createdAt: z.unknown(),
  updatedAt: z.unknown(),
  age: z.unknown(),
  hasMedecinTraitant: z.unknown(),
  // Derived from the patient's say (db/src/patient-say.ts), recorded through /patients/:id/say only.
  informedOn: z.unknown(),
  objectingSince: z.unknown(),
};
export const patientUpdate = z
  .strictObject({
    ...fields,
    ...readOnly,
    birthDate: z.preprocess(
      (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00(\.0+)?Z$/.test(v) ? v.slice(0, 10) : v),
      birthDate,
    ),
  })
  .partial()
  .meta({ id: 'PatientUpdate' });

export const patientFilter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  sex: z.enum(['F', 'M', 'X']).optional(),
  ageMin: z.number().int().min(0).max(130).optional(),
  ageMax: z.number().int().min(0).max(130).optional(),
  conditions: z.string().max(100).optional(),
  ald: z.string().max(20).optional(),
  hasMedecinTraitant: z.boolean().optional(),
  communeCode: z.string().max(5).optional(),
  /** Objects to the sharing of their data now (true), or not (false). */
  objecting: z.boolean().optional(),
  /** Was informed of the sharing of their data (true), or never (false). */
  informed: z.boolean().optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});
export type PatientFilter = z.infer<typeof patientFilter>;

export type PatientInput = z.infer<typeof patientInput>;

/** Dates as the database stores them. */
export function toPatientData<T extends { birthDate?: string; lastDischargeAt?: string | null }>(input: T) {
  const { birthDate: b, lastDischargeAt: l, ...rest } = input;
  return {
    ...rest,
    ...(b !== undefined ? { birthDate: new Date(`${b}T00:00:00Z`) } : {}),
    ...(l !== undefined ? { lastDischargeAt: l ? new Date(l) : null } : {}),
  };
}

/** A new patient's row: like toPatientData, with the birth date that creation requires. */
export function toNewPatient(input: PatientInput) {
  return { ...toPatientData(input), birthDate: new Date(`${input.birthDate}T00:00:00Z`) };
}
