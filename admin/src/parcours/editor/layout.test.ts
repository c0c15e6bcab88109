import { describe, expect, it } from 'vitest';
import { addStep, blankDraft, connect, setPositions } from './draft';
import { edgeLabel, isLoop, toEdges } from './graph';
import { backEdges, layoutSteps, NODE_HEIGHT } from './layout';

/** task-1 → wait-1 → task-1 (a yearly loop), task-1 → end-1; end-2 not linked yet. */
const looped = () => {
  let d = blankDraft('loop', 'Boucle');
  for (const t of ['task', 'wait', 'end', 'end'] as const) d = addStep(d, t).draft;
  d = connect(d, 'task-1', 'end-1');
  d = connect(d, 'task-1', 'wait-1');
  return connect(d, 'wait-1', 'task-1');
};

describe('diagram layout', () => {
  it('finds the loops from the start and draws them going back up, as edges', () => {
    const d = looped();
    expect([...backEdges(d)]).toEqual(['wait-1->task-1']);
    const positions = layoutSteps(d);
    expect(isLoop(positions, 'wait-1', 'task-1')).toBe(true);
    expect(isLoop(positions, 'task-1', 'wait-1')).toBe(false);
    const loop = toEdges(d, positions, null, null, { otherwise: 'sinon', describe: () => 'x' }).find(
      (e) => e.id === 'wait-1->0',
    );
    expect(loop).toMatchObject({ source: 'wait-1', target: 'task-1', className: 'loop-edge', data: { loop: true } });
  });

  it('stacks an unlinked step under the others instead of beside them', () => {
    const positions = layoutSteps(looped());
    const ys = ['task-1', 'wait-1', 'end-1'].map((id) => positions.get(id)?.y ?? 0);
    expect(positions.get('end-2')?.y).toBeGreaterThan(Math.max(...ys));
  });

  it('keeps saved positions and places new steps below them', () => {
    let d = setPositions(looped(), { 'task-1': { x: 500, y: 40 }, 'wait-1': { x: 0, y: 300 } });
    d = addStep(d, 'notify').draft;
    const positions = layoutSteps(d);
    expect(positions.get('task-1')).toEqual({ x: 500, y: 40 });
    expect(positions.get('notify-1')?.y).toBeGreaterThanOrEqual(300 + NODE_HEIGHT);
  });

  it('labels arrows with their rank and rule, the default « sinon » only when there is a choice', () => {
    const next = [{ when: { all: [] } }, {}];
    expect(edgeLabel(next, 0, 'sinon', () => 'âge ≥ 60')).toBe('1 · âge ≥ 60');
    expect(edgeLabel(next, 1, 'sinon', () => '')).toBe('sinon');
    expect(edgeLabel([{}], 0, 'sinon', () => '')).toBeUndefined();
  });
});
