import { describe, expect, it } from 'vitest';
import { diffDefinitions } from './diff.js';

describe('diffDefinitions', () => {
  it('matches steps by id, so inserting one is one change', () => {
    const a = { key: 'k', steps: [{ id: 'a', due: 'P1D' }, { id: 'b' }] };
    const b = { key: 'k', steps: [{ id: 'a', due: 'P2D' }, { id: 'new' }, { id: 'b' }] };
    const changes = diffDefinitions(a, b);
    expect(changes.map((c) => [c.op, c.path])).toEqual([
      ['replace', '/steps/a/due'],
      ['add', '/steps/new'],
    ]);
    expect(changes[1]?.summary.fr).toBe('Étape « new » ajoutée');
  });

  it('reports removed keys and reordered steps', () => {
    const changes = diffDefinitions({ steps: [{ id: 'a' }, { id: 'b' }], x: 1 }, { steps: [{ id: 'b' }, { id: 'a' }] });
    expect(changes.map((c) => [c.op, c.path])).toEqual([
      ['remove', '/x'],
      ['replace', '/steps/@order'],
    ]);
  });

  it('is empty for equal definitions', () => {
    expect(diffDefinitions({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});
