import { describe, expect, it } from 'vitest';
import {
  addStep,
  blankDraft,
  connect,
  makeDefault,
  moveTransition,
  removeStep,
  removeTransition,
  renameFieldReferences,
  renameStep,
  setPositions,
  type Draft,
} from './draft';

const nextOf = (d: Draft, id: string) => {
  const s = d.steps.find((x) => x.id === id);
  return s && 'next' in s ? s.next : [];
};

const twoBranches = () => {
  let d = blankDraft('test', 'Test');
  d = addStep(d, 'task').draft;
  d = addStep(d, 'end').draft;
  d = addStep(d, 'end').draft;
  d = connect(d, 'task-1', 'end-1');
  return connect(d, 'task-1', 'end-2');
};

describe('draft operations', () => {
  it('makes the first step the start and keeps the default transition last', () => {
    const d = twoBranches();
    expect(d.start).toBe('task-1');
    const task = d.steps[0];
    expect(task && 'next' in task ? task.next : []).toEqual([{ to: 'end-2', when: { all: [] } }, { to: 'end-1' }]);
  });

  it('swaps the default transition', () => {
    const d = makeDefault(twoBranches(), 'task-1', 0);
    const task = d.steps[0];
    expect(task && 'next' in task ? task.next : []).toEqual([{ to: 'end-1', when: { all: [] } }, { to: 'end-2' }]);
  });

  it('renames a step in every reference and removes the transitions of a deleted step', () => {
    const renamed = renameStep(twoBranches(), 'end-1', 'done');
    expect(JSON.stringify(renamed)).not.toContain('"end-1"');
    const removed = removeStep(renamed, 'done');
    const task = removed.steps[0];
    expect(task && 'next' in task ? task.next.map((t) => t.to) : []).toEqual(['end-2']);
  });

  it('adds transitions in the order the coordinator sees: 1, 2, … then the default, even after deleting it', () => {
    let d = twoBranches();
    d = addStep(d, 'end').draft;
    d = connect(d, 'task-1', 'end-3');
    expect(nextOf(d, 'task-1').map((t) => [t.to, Boolean(t.when)])).toEqual([
      ['end-2', true],
      ['end-3', true],
      ['end-1', false],
    ]);
    d = removeTransition(d, 'task-1', 2);
    d = connect(d, 'task-1', 'end-1');
    // No default any more: the new one lands last and is the default (« sinon »), not mid-list.
    expect(nextOf(d, 'task-1').map((t) => [t.to, Boolean(t.when)])).toEqual([
      ['end-2', true],
      ['end-3', true],
      ['end-1', false],
    ]);
  });

  it('reorders numbered transitions and never moves the default from last', () => {
    let d = twoBranches();
    d = addStep(d, 'end').draft;
    d = connect(d, 'task-1', 'end-3');
    d = moveTransition(d, 'task-1', 1, 0);
    expect(nextOf(d, 'task-1').map((t) => t.to)).toEqual(['end-3', 'end-2', 'end-1']);
    expect(moveTransition(d, 'task-1', 2, 0)).toEqual(d);
    expect(moveTransition(d, 'task-1', 0, 2)).toEqual(d);
  });

  it('renames answer paths and diagram positions with the step, and field references with the field', () => {
    let d = twoBranches();
    d = {
      ...d,
      steps: d.steps.map((s) =>
        s.id === 'task-1' && 'next' in s
          ? {
              ...s,
              next: s.next.map((t, i) =>
                i === 0
                  ? { ...t, when: { all: [{ fact: 'answers', path: '$.task-1.score', operator: 'equal', value: 1 }] } }
                  : t,
              ),
            }
          : s,
      ),
    };
    d = setPositions(d, { 'task-1': { x: 10.4, y: 20.6 } });
    const renamed = renameStep(d, 'task-1', 'screening');
    expect(JSON.stringify(renamed)).toContain('"$.screening.score"');
    expect(renamed.layout?.positions).toEqual({ screening: { x: 10, y: 21 } });
    const refield = renameFieldReferences(renamed, 'screening', 'score', 'scoreTotal');
    expect(JSON.stringify(refield)).toContain('"$.screening.scoreTotal"');
    expect(removeStep(refield, 'screening').layout?.positions).toEqual({});
  });
});
