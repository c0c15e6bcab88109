// The patient as the API accepts it: one schema for create, CSV import and the admin forms.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');

export const patientInput = z.strictObject({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  birthDate: isoDate.refine((d) => !Number.isNaN(Date.parse(d)) && d >= '1900-01-01', 'date de naissance invalide'),
  sex: z.enum(['F', 'M', 'X']),
  conditions: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]*$/)
        .max(100),
    )
    .max(100)
    .default([]),
  ald: z.array(z.string().max(20)).max(50).default([]),
  hasMedecinTraitant: z.boolean().default(false),
  lastDischargeAt: z.string().datetime({ offset: true }).or(isoDate).nullable().optional(),
  extra: z.record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])).default({}),
});

export type PatientInput = z.infer<typeof patientInput>;
