// What the demo CPTS looks like once in motion: which journeys exist and how far each has gone. Each slot is one
// journey; its position in the list is its identity (its journey id is derived from it), so slots are only ever
// appended, never reordered. `answers` are the task answers given, step by step, by the demo professional the task is
// for; a journey stops where its script has no answers for the open task (a person has to act) or where it waits.
import { DEMO_PARCOURS_KEY } from '@parcours/db/seed';

export interface DemoJourneySlot {
  parcoursKey: string;
  /** Answers per step id (first iteration only), given in the order the journey reaches those steps. */
  answers: Record<string, Record<string, unknown>>;
  /** Cancelled by the coordination, with this reason, once the answers above are given. */
  cancel?: string;
}

const FRAILTY = 'frailty-60plus';
const POST_HOSPITALISATION = 'post-hospitalisation';
const DIABETES = 'diabetes-etp';

const icopeNegative = {
  wordsRecalled: 3,
  orientationCorrect: true,
  chairRiseSeconds: 11,
  weightLossKg: 0,
  appetiteLoss: false,
  visionProblem: false,
  whisperTestFailed: false,
  feelingDown: false,
  littleInterest: false,
};
const letter = { letterReceived: true, heartFailure: false };
const readmitted = {
  'discharge-letter': { letterReceived: true, heartFailure: true, nyhaClass: 'III' },
  'nurse-visit': { warningSigns: true, notes: 'Prise de 2,5 kg en 3 jours, œdèmes des chevilles.' },
  'unscheduled-care': { readmitted: true, actions: 'Adressé aux urgences de cardiologie.' },
};

export const demoJourneyPlan: DemoJourneySlot[] = [
  // Frailty: screenings waiting for a nurse, positive screens at the in-depth assessment, care plans for the GP.
  { parcoursKey: FRAILTY, answers: {} },
  { parcoursKey: FRAILTY, answers: {} },
  { parcoursKey: FRAILTY, answers: {} },
  { parcoursKey: FRAILTY, answers: { 'icope-step1': { ...icopeNegative, chairRiseSeconds: 17 } } },
  { parcoursKey: FRAILTY, answers: { 'icope-step1': { ...icopeNegative, feelingDown: true, littleInterest: true } } },
  {
    parcoursKey: FRAILTY,
    answers: {
      'icope-step1': { ...icopeNegative, weightLossKg: 4, appetiteLoss: true },
      'icope-step2': { confirmedDomains: ['nutrition'], mnaSfScore: 9, notes: 'Perte d’appétit depuis le veuvage.' },
    },
  },
  {
    parcoursKey: FRAILTY,
    answers: {
      'icope-step1': { ...icopeNegative, wordsRecalled: 1, chairRiseSeconds: 19 },
      'icope-step2': { confirmedDomains: ['cognition', 'mobility'], sppbScore: 6 },
    },
  },
  { parcoursKey: FRAILTY, answers: { 'icope-step1': icopeNegative } },
  { parcoursKey: FRAILTY, answers: {}, cancel: 'Entrée en EHPAD avant le dépistage.' },
  // Post-hospitalisation: one journey at each step, two readmissions (completed, outcome `readmitted`).
  { parcoursKey: POST_HOSPITALISATION, answers: {} },
  { parcoursKey: POST_HOSPITALISATION, answers: { 'discharge-letter': letter } },
  {
    parcoursKey: POST_HOSPITALISATION,
    answers: { 'discharge-letter': letter, 'nurse-visit': { warningSigns: false } },
  },
  {
    parcoursKey: POST_HOSPITALISATION,
    answers: {
      'discharge-letter': letter,
      'nurse-visit': { warningSigns: false },
      'gp-consultation': { seen: true, treatmentChanged: true },
    },
  },
  {
    parcoursKey: POST_HOSPITALISATION,
    answers: {
      'discharge-letter': letter,
      'nurse-visit': { warningSigns: false, notes: 'Cicatrice propre.' },
      'gp-consultation': { seen: true, treatmentChanged: false },
    },
  },
  { parcoursKey: POST_HOSPITALISATION, answers: readmitted },
  {
    parcoursKey: POST_HOSPITALISATION,
    answers: {
      'discharge-letter': letter,
      'nurse-visit': { warningSigns: true, notes: 'Dyspnée au moindre effort.' },
      'unscheduled-care': { readmitted: true },
    },
  },
  {
    parcoursKey: POST_HOSPITALISATION,
    answers: { 'discharge-letter': letter },
    cancel: 'Convalescence hors du territoire de la CPTS.',
  },
  // Diabetes education: shared educational assessments to do, one patient in workshops, one in individual sessions.
  { parcoursKey: DIABETES, answers: {} },
  { parcoursKey: DIABETES, answers: {} },
  {
    parcoursKey: DIABETES,
    answers: { bep: { format: 'group', goals: 'Comprendre l’HbA1c, marcher 30 min par jour.' } },
  },
  { parcoursKey: DIABETES, answers: { bep: { format: 'individual' } } },
  { parcoursKey: DIABETES, answers: {}, cancel: 'Le patient ne souhaite pas suivre le programme d’ETP.' },
  // The demo-only parcours with delays in seconds: reminded and overdue screenings, a GP review escalated to the
  // coordination, and finished journeys with each outcome.
  { parcoursKey: DEMO_PARCOURS_KEY, answers: {} },
  { parcoursKey: DEMO_PARCOURS_KEY, answers: {} },
  { parcoursKey: DEMO_PARCOURS_KEY, answers: { screening: { positiveDomains: 2 } } },
  {
    parcoursKey: DEMO_PARCOURS_KEY,
    answers: { screening: { positiveDomains: 1 }, 'gp-review': { carePlanOffered: true } },
  },
  {
    parcoursKey: DEMO_PARCOURS_KEY,
    answers: { screening: { positiveDomains: 3 }, 'gp-review': { carePlanOffered: true } },
  },
  { parcoursKey: DEMO_PARCOURS_KEY, answers: { screening: { positiveDomains: 0 } } },
  {
    parcoursKey: DEMO_PARCOURS_KEY,
    answers: { screening: { positiveDomains: 1 }, 'gp-review': { carePlanOffered: false } },
  },
  { parcoursKey: DEMO_PARCOURS_KEY, answers: {}, cancel: 'Patient injoignable.' },
];
