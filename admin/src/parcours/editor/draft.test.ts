import { describe, expect, it } from 'vitest';
import { addStep, blankDraft, connect, makeDefault, removeStep, renameStep } from './draft';

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
});
