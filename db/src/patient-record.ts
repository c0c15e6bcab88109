// What patientFacts() needs of a patient, read the same way by the worker's decisions, eligibility, journey starts and
// cohort scans: the record, its commune and its care team (every membership: the facts keep those current at `now`).
import type { PatientRecord } from '@parcours/rules';

/** Prisma `select` of a patient for its facts. */
export const patientRecordSelect = {
  id: true,
  birthDate: true,
  sex: true,
  conditions: true,
  ald: true,
  hasMedecinTraitant: true,
  lastDischargeAt: true,
  extra: true,
  communeCode: true,
  careTeam: { select: { userId: true, role: true, profession: true, startDate: true, endDate: true } },
} as const;

type Row = {
  birthDate: Date;
  sex: string;
  conditions: string[];
  ald: string[];
  hasMedecinTraitant: boolean;
  lastDischargeAt: Date | null;
  extra: unknown;
  communeCode: string | null;
  careTeam: { userId: string; role: string; profession: string; startDate: Date; endDate: Date | null }[];
};

/** The row read with patientRecordSelect, as patientFacts() takes it. */
export function toPatientRecord(row: Row): PatientRecord {
  return { ...row, extra: (row.extra ?? {}) as Record<string, unknown> };
}
