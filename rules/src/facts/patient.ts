// Computes a patient's facts at a given moment (age depends on "now", which is always an argument).
import type { CareTeamFact, CareTeamRecord, Facts, PatientFacts, PatientRecord, Sex } from './types.js';

function toDate(v: string | Date, what: string): Date {
  const d = v instanceof Date ? v : new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid ${what}: ${String(v)}`);
  return d;
}

/** Age in whole years at `now` (UTC calendar; born 29 Feb turns a year older on 1 Mar in common years). */
export function ageAt(birthDate: string | Date, now: Date): number {
  const b = toDate(birthDate, 'birthDate');
  let age = now.getUTCFullYear() - b.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < b.getUTCMonth() || (now.getUTCMonth() === b.getUTCMonth() && now.getUTCDate() < b.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

const day = (v: string | Date, what: string) => toDate(v, what).toISOString().slice(0, 10);

/** The memberships current at `now` (started on or before its day, not ended by it), longest-standing first. */
export function currentCareTeam(members: readonly CareTeamRecord[], now: Date): CareTeamFact[] {
  const today = now.toISOString().slice(0, 10);
  return members
    .filter((m) => day(m.startDate, 'startDate') <= today && (m.endDate == null || day(m.endDate, 'endDate') > today))
    .map((m) => ({
      profession: m.profession,
      role: m.role === 'medecin-traitant' ? ('medecin-traitant' as const) : ('intervenant' as const),
      userId: m.userId,
      since: day(m.startDate, 'startDate'),
    }))
    .sort((a, b) => a.since.localeCompare(b.since) || a.userId.localeCompare(b.userId));
}

/**
 * Builds the `patient` fact from a patient record at `now`. With the record's care team, `hasMedecinTraitant` is
 * derived from it (a current `medecin-traitant` member); without it, the stored flag is taken as it is.
 */
export function patientFacts(p: PatientRecord, now: Date): PatientFacts {
  const sex = String(p.sex).toUpperCase();
  if (sex !== 'F' && sex !== 'M' && sex !== 'X') throw new RangeError(`Invalid sex: ${p.sex} (expected F, M or X)`);
  const discharge = p.lastDischargeAt == null ? null : toDate(p.lastDischargeAt, 'lastDischargeAt').toISOString();
  const careTeam = p.careTeam ? currentCareTeam(p.careTeam, now) : undefined;
  return {
    age: ageAt(p.birthDate, now),
    sex: sex as Sex,
    ald: [...(p.ald ?? [])],
    conditions: [...(p.conditions ?? [])],
    hasMedecinTraitant: careTeam
      ? careTeam.some((m) => m.role === 'medecin-traitant')
      : (p.hasMedecinTraitant ?? false),
    careTeam: careTeam ?? [],
    careTeamProfessions: [...new Set((careTeam ?? []).map((m) => m.profession))].sort(),
    commune: p.communeCode ?? null,
    lastDischargeAt: discharge,
    extra: { ...(p.extra ?? {}) },
  };
}

/** Builds the `journey` fact for a journey that started at `startedAt`, evaluated at `now`. */
export function journeyFacts(
  startedAt: Date,
  now: Date,
  iteration = 1,
  previousOutcome: string | null = null,
): { startedAt: string; daysSinceStart: number; iteration: number; previousOutcome: string | null } {
  const daysSinceStart = Math.floor((now.getTime() - startedAt.getTime()) / 86_400_000);
  return { startedAt: startedAt.toISOString(), daysSinceStart, iteration, previousOutcome };
}

/**
 * The facts a parcours' eligibility is evaluated on, for a patient not yet in it: the patient at `now`, no answers, and
 * a journey that would start now (day 0, iteration 0, no previous outcome). The API's start, its eligibility page,
 * cohort enrolments and the demo motion all ask the same question with these.
 */
export function eligibilityFacts(p: PatientRecord, now: Date): Facts {
  return { patient: patientFacts(p, now), answers: {}, journey: journeyFacts(now, now, 0, null) };
}
