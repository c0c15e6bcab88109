import { describe, expect, it } from 'vitest';
import { allOperators } from './operators.js';
import { evaluate } from './evaluate.js';
import { compileCondition } from './compile.js';
import { facts, NOW } from '../test/fixtures.js';
import type { PatientFacts } from '../facts/types.js';

const ops = allOperators(NOW);
const op = (name: string) => ops[name]!;

describe('domain operators at their boundaries (now = 2026-01-01T00:00Z)', () => {
  it('withinLast includes both ends of [now - duration, now]', () => {
    const w = op('withinLast');
    expect(w('2025-12-02T00:00:00Z', 'P30D')).toBe(true);
    expect(w('2025-12-01T23:59:59Z', 'P30D')).toBe(false);
    expect(w('2026-01-01T00:00:00Z', 'P30D')).toBe(true);
    expect(w('2026-01-01T00:00:01Z', 'P30D')).toBe(false);
    expect(w('2025-07-01', 'P6M')).toBe(true);
    expect(w('2025-06-30', 'P6M')).toBe(false);
    expect(w(null, 'P30D')).toBe(false);
    expect(w('2025-12-20', 'bad')).toBe(false);
  });
  it('olderThan is strictly before now - duration', () => {
    const o = op('olderThan');
    expect(o('2025-12-01T23:59:59Z', 'P30D')).toBe(true);
    expect(o('2025-12-02T00:00:00Z', 'P30D')).toBe(false);
    expect(o(null, 'P30D')).toBe(false);
  });
  it('containsAny / containsAll', () => {
    expect(op('containsAny')(['a', 'b'], ['c', 'b'])).toBe(true);
    expect(op('containsAny')(['a'], [])).toBe(false);
    expect(op('containsAny')('a', ['a'])).toBe(false);
    expect(op('containsAll')(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(op('containsAll')(['a'], ['a', 'b'])).toBe(false);
    expect(op('containsAll')(['a'], [])).toBe(true);
  });
  it('between includes both bounds', () => {
    expect(op('between')(60, [60, 75])).toBe(true);
    expect(op('between')(75, [60, 75])).toBe(true);
    expect(op('between')(59.9, [60, 75])).toBe(false);
    expect(op('between')('61', [60, 75])).toBe(false);
  });
  it('built-ins keep json-rules-engine semantics at the boundary', () => {
    expect(op('greaterThan')(14, 14)).toBe(false);
    expect(op('greaterThanInclusive')(14, 14)).toBe(true);
    expect(op('lessThan')(14, 14)).toBe(false);
    expect(op('lessThanInclusive')(14, 14)).toBe(true);
    expect(op('greaterThan')(undefined, 1)).toBe(false);
    expect(op('in')('F', ['F', 'M'])).toBe(true);
    expect(op('notIn')('X', ['F', 'M'])).toBe(true);
    expect(op('contains')(['8'], '8')).toBe(true);
    expect(op('doesNotContain')(['8'], '8')).toBe(false);
  });
  it('agrees between json-rules-engine and the compiled predicate for each operator', async () => {
    const cases: Array<[keyof PatientFacts, string, unknown]> = [
      ['lastDischargeAt', 'withinLast', 'P30D'],
      ['lastDischargeAt', 'olderThan', 'P30D'],
      ['ald', 'containsAny', ['8', '12']],
      ['ald', 'containsAll', ['8', '12']],
      ['age', 'between', [60, 75]],
    ];
    for (const [path, operator, value] of cases) {
      for (const p of [
        { lastDischargeAt: '2025-12-02T00:00:00Z', ald: ['8'], age: 60 },
        { lastDischargeAt: null, ald: ['8', '12'], age: 76 },
      ]) {
        const c = { all: [{ fact: 'patient', path: `$.${path}`, operator, value }] };
        const f = facts(p);
        expect(compileCondition(c)(f, NOW)).toBe((await evaluate(c, f, NOW)).result);
      }
    }
  });
});
