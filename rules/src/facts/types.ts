// Runtime shape of the facts conditions read: `patient`, `answers` (by step then field) and `journey`.

export type Sex = 'F' | 'M' | 'X';
export type PatientFacts = {
  age: number;
  sex: Sex;
  ald: string[];
  conditions: string[];
  hasMedecinTraitant: boolean;
  lastDischargeAt: string | null;
  extra: Record<string, unknown>;
};
export type JourneyFacts = {
  startedAt: string;
  daysSinceStart: number;
  iteration: number;
  previousOutcome: string | null;
};
export type Facts = { patient: PatientFacts; answers: Record<string, Record<string, unknown>>; journey: JourneyFacts };

/** What is known about a patient before their facts are computed at a given moment. */
export type PatientRecord = {
  birthDate: string | Date;
  sex: string;
  conditions?: string[];
  ald?: string[];
  hasMedecinTraitant?: boolean;
  lastDischargeAt?: string | Date | null;
  extra?: Record<string, unknown>;
};
