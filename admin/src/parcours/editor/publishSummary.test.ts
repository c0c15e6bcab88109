import { diffDefinitions } from '@parcours/rules';
import { describe, expect, it } from 'vitest';
import { summariseChanges } from './publishSummary';

const base = {
  key: 'k',
  title: { fr: 'Parcours' },
  eligibility: { all: [] },
  start: 'a',
  steps: [
    { id: 'a', type: 'task', title: { fr: 'Repérage' }, due: 'P7D', next: [{ to: 'b' }] },
    { id: 'b', type: 'end', outcome: 'completed' },
  ],
};

describe('publish summary', () => {
  it('names steps added, removed and changed (with what changed), eligibility and general information', () => {
    const after = {
      ...base,
      title: { fr: 'Parcours v2' },
      eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThan', value: 60 }] },
      steps: [
        { ...base.steps[0], title: { fr: 'Repérage initial' }, due: 'P14D', next: [{ to: 'c' }] },
        { id: 'c', type: 'end', outcome: 'referred' },
      ],
    };
    expect(summariseChanges(diffDefinitions(base, after))).toEqual([
      { kind: 'step_removed', step: 'b' },
      { kind: 'step_added', step: 'c' },
      { kind: 'step_changed', step: 'a', aspects: ['title', 'due', 'next'] },
      { kind: 'eligibility_changed' },
      { kind: 'general_changed', aspects: ['title'] },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(summariseChanges(diffDefinitions(base, structuredClone(base)))).toEqual([]);
  });
});
