import { describe, expect, it } from 'vitest';
import { simulate } from '@parcours/rules';
import { addStep, blankDraft, connect, updateStep, updateTransition } from './draft';
import { simulationHighlight } from './path';

describe('simulation highlight', () => {
  it('marks the visited steps and the transition the decision took', async () => {
    let d = blankDraft('two-branches', 'Deux branches');
    d = addStep(d, 'task').draft;
    d = addStep(d, 'end').draft;
    d = addStep(d, 'end').draft;
    d = updateStep(d, 'task-1', (s) =>
      s.type === 'task'
        ? { ...s, title: { fr: 'Dépistage' }, form: [{ id: 'score', type: 'number', label: { fr: 'Score' } }] }
        : s,
    );
    d = connect(d, 'task-1', 'end-1');
    d = connect(d, 'task-1', 'end-2');
    d = updateTransition(d, 'task-1', 0, {
      when: { all: [{ fact: 'answers', path: '$.task-1.score', operator: 'greaterThan', value: 10 }] },
    });
    d = {
      ...d,
      eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 60 }] },
    };
    const patient = {
      age: 70,
      sex: 'F' as const,
      ald: [],
      conditions: [],
      hasMedecinTraitant: true,
      lastDischargeAt: null,
      extra: {},
    };
    const result = await simulate(d, patient, { 'task-1': { score: 12 } });
    expect(result.status).toBe('ended');
    const h = simulationHighlight(d, result);
    expect([...h.steps]).toEqual(['task-1', 'end-2']);
    expect([...h.edges]).toEqual(['task-1->0']);
  });
});
