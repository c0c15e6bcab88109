// Runtime shape of the facts conditions read: `patient`, `answers` (by step then field) and `journey`.

export type Sex = 'F' | 'M' | 'X';
/** A role in the patient's care team: the registered GP, or any other named professional. */
export type CareTeamRole = 'medecin-traitant' | 'intervenant';
/** One current member of the patient's care team, as rules and assignment read it. */
export type CareTeamFact = { profession: string; role: CareTeamRole; userId: string; since: string };
export type PatientFacts = {
  age: number;
  sex: Sex;
  ald: string[];
  conditions: string[];
  /** Derived from `careTeam` when the record carries it. */
  hasMedecinTraitant: boolean;
  // The next three are always set by patientFacts(); optional for facts written by hand (simulator, tests).
  /** Current members only (started, not ended at `now`). */
  careTeam?: CareTeamFact[];
  /** Professions present in the current care team, each once: what the rule builder can test. */
  careTeamProfessions?: string[];
  /** INSEE code of the patient's commune, null when unknown. */
  commune?: string | null;
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
  /** Every membership, past ones included: the facts keep those current at `now`. */
  careTeam?: CareTeamRecord[];
  communeCode?: string | null;
};

/** A care-team membership as stored: a period [startDate, endDate), endDate null while it lasts. */
export type CareTeamRecord = {
  userId: string;
  role: CareTeamRole | string;
  profession: string;
  startDate: string | Date;
  endDate?: string | Date | null;
};
