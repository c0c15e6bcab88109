// Every branch of the three shipped templates as scripted journeys: the answers given to each task, in the order the
// journey must open them, and the outcome it must end with. Used by tests/workflows/templates.test.ts and by the
// replay fixtures recorder.
import type { TaskScript } from './drive.ts';

export interface TemplateScenario {
  name: string;
  template: 'frailty-60plus' | 'post-hospitalisation' | 'diabetes-etp';
  patient?: { birthDate?: string; conditions?: string[] };
  tasks: TaskScript;
  outcome: string;
}

const icopeNegative = {
  wordsRecalled: 3,
  orientationCorrect: true,
  chairRiseSeconds: 10,
  weightLossKg: 0,
  appetiteLoss: false,
  visionProblem: false,
  whisperTestFailed: false,
  feelingDown: false,
  littleInterest: false,
};
const icopePositive = { ...icopeNegative, chairRiseSeconds: 20 };

const letter = (heartFailure: boolean, nyhaClass?: string) => ({
  letterReceived: true,
  heartFailure,
  ...(nyhaClass ? { nyhaClass } : {}),
});
const check = (readmitted = false, warningSigns = false) => ({ readmitted, warningSigns });
const weight = (readmitted = false, weightGainKg3Days = 0.5) => ({
  weightGainKg3Days,
  breathlessness: false,
  oedema: false,
  readmitted,
});
const repeat = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

const hba1cGood = { hba1c: 6.5, footGrade: '0', retinopathy: false };
const yearOfChecks = (first: TaskScript): TaskScript => [
  ...first,
  ...repeat(4, ['hba1c-check', hba1cGood] as TaskScript[0]),
];
const workshops = repeat(5, ['workshop', { attended: true }] as TaskScript[0]);
const diabetic = { conditions: ['diabete-type-2'] };

export const templateScenarios: TemplateScenario[] = [
  {
    name: 'frailty-60plus-negative-withdrawn',
    template: 'frailty-60plus',
    tasks: [
      ['icope-step1', icopeNegative],
      ['follow-up-status', { status: 'withdrawn' }],
    ],
    outcome: 'declined',
  },
  {
    name: 'frailty-60plus-positive-care-plan-dependent',
    template: 'frailty-60plus',
    tasks: [
      ['icope-step1', icopePositive],
      ['icope-step2', { confirmedDomains: ['mobility'], sppbScore: 7 }],
      ['care-plan', { actions: ['activity', 'referral'] }],
      ['follow-up-status', { status: 'dependent' }],
    ],
    outcome: 'referred',
  },
  {
    name: 'frailty-60plus-unconfirmed-then-recall-loop',
    template: 'frailty-60plus',
    tasks: [
      ['icope-step1', icopePositive],
      ['icope-step2', { confirmedDomains: [] }],
      ['follow-up-status', { status: 'continue' }],
      ['icope-step1', icopeNegative],
      ['follow-up-status', { status: 'care-home' }],
    ],
    outcome: 'referred',
  },
  {
    name: 'post-hospitalisation-uneventful',
    template: 'post-hospitalisation',
    tasks: [
      ['discharge-letter', letter(false)],
      ['nurse-visit', { warningSigns: false }],
      ['gp-consultation', { seen: true }],
      ['medication-reconciliation', { reconciled: true }],
      ...repeat(5, ['follow-up-check', check()] as TaskScript[0]),
    ],
    outcome: 'completed',
  },
  {
    name: 'post-hospitalisation-heart-failure-readmitted',
    template: 'post-hospitalisation',
    tasks: [
      ['discharge-letter', letter(true, 'III')],
      ['nurse-visit', { warningSigns: true }],
      ['unscheduled-care', { readmitted: false }],
      ['weight-check', weight()],
      ['weight-check', weight(false, 3)],
      ['unscheduled-care', { readmitted: false }],
      ['weight-check', weight(true)],
    ],
    outcome: 'readmitted',
  },
  {
    name: 'post-hospitalisation-missed-gp-then-alert',
    template: 'post-hospitalisation',
    tasks: [
      ['discharge-letter', letter(false)],
      ['nurse-visit', { warningSigns: false }],
      ['gp-consultation', { seen: false }],
      ['gp-callback', { appointmentBooked: true }],
      ['medication-reconciliation', { reconciled: false, discrepancies: 2 }],
      ['follow-up-check', check(false, true)],
      ['unscheduled-care', { readmitted: false }],
      ['gp-consultation', { seen: true }],
      ['medication-reconciliation', { reconciled: true }],
      ['follow-up-check', check(true)],
    ],
    outcome: 'readmitted',
  },
  {
    name: 'post-hospitalisation-heart-failure-weight-monitoring-completed',
    template: 'post-hospitalisation',
    tasks: [
      ['discharge-letter', letter(true, 'II')],
      ['nurse-visit', { warningSigns: false }],
      ['gp-consultation', { seen: true, treatmentChanged: true }],
      ['medication-reconciliation', { reconciled: true }],
      // Weekly checks until day 60, then (NYHA II) the journey completes.
      ...repeat(10, ['weight-check', weight()] as TaskScript[0]),
    ],
    outcome: 'completed',
  },
  {
    name: 'diabetes-etp-individual-with-complications',
    template: 'diabetes-etp',
    patient: diabetic,
    tasks: yearOfChecks([
      ['bep', { format: 'individual' }],
      ['individual-session', {}],
      ['final-evaluation', { summarySent: true, goalsReached: true }],
      ['hba1c-check', { hba1c: 8.2, footGrade: '2', retinopathy: true }],
      ['treatment-review', { treatmentChanged: true, etpReinforcement: true }],
      ['podiatry', { sessionsPlanned: 4 }],
      ['ophthalmology', { appointmentBooked: true }],
    ]),
    outcome: 'completed',
  },
  {
    name: 'diabetes-etp-group-workshops',
    template: 'diabetes-etp',
    patient: diabetic,
    tasks: yearOfChecks([
      ['bep', { format: 'group' }],
      ...workshops,
      ['final-evaluation', { summarySent: true }],
      ['hba1c-check', hba1cGood],
    ]),
    outcome: 'completed',
  },
  {
    name: 'diabetes-etp-both-formats',
    template: 'diabetes-etp',
    patient: diabetic,
    tasks: yearOfChecks([
      ['bep', { format: 'both' }],
      ...workshops,
      ['individual-session', { notes: 'objectifs revus' }],
      ['final-evaluation', { summarySent: true }],
      ['hba1c-check', hba1cGood],
    ]),
    outcome: 'completed',
  },
];
