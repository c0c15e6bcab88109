// Small builders for tests: a valid minimal definition, facts at a date.
import type { Facts, PatientFacts } from '../facts/types.js';

export const NOW = new Date('2026-01-01T00:00:00Z');

/** A minimal valid definition, modifiable per test. */
export function minimalDefinition(): Record<string, unknown> & { steps: Array<Record<string, unknown>> } {
  return {
    key: 'demo',
    title: { fr: 'Démo' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 60 }] },
    start: 'screening',
    steps: [
      {
        id: 'screening',
        type: 'task',
        assignee: { profession: 'IDE' },
        due: 'P14D',
        form: [
          {
            id: 'chairRiseSeconds',
            type: 'number',
            label: { fr: '5 levers de chaise (secondes)' },
            min: 0,
            max: 120,
            required: true,
          },
          {
            id: 'domains',
            type: 'choice',
            label: { fr: 'Domaines' },
            multiple: true,
            options: [
              { value: 'mobility', label: { fr: 'Mobilité' } },
              { value: 'mood', label: { fr: 'Humeur' } },
            ],
          },
        ],
        next: [
          {
            when: {
              all: [{ fact: 'answers', path: '$.screening.chairRiseSeconds', operator: 'greaterThan', value: 14 }],
            },
            to: 'assessment',
          },
          { to: 'recall' },
        ],
      },
      { id: 'recall', type: 'wait', duration: 'P6M', next: [{ to: 'screening' }] },
      { id: 'assessment', type: 'task', assignee: { profession: 'MG' }, due: 'P30D', form: [], next: [{ to: 'done' }] },
      { id: 'done', type: 'end', outcome: 'referred' },
    ],
  };
}

/** Facts for a patient at NOW. */
export function facts(patient: Partial<PatientFacts> = {}, answers: Facts['answers'] = {}): Facts {
  return {
    patient: {
      age: 70,
      sex: 'F',
      ald: [],
      conditions: [],
      hasMedecinTraitant: true,
      lastDischargeAt: null,
      extra: {},
      ...patient,
    },
    answers,
    journey: { startedAt: NOW.toISOString(), daysSinceStart: 0, iteration: 1, previousOutcome: null },
  };
}
