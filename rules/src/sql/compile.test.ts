// The SQL compiler's output shape and refusals (its answers are checked against PostgreSQL in
// tests/db/eligibility-sql.test.ts).
import { describe, expect, it } from 'vitest';
import type { Condition } from '../schema/condition.js';
import { conditionToSql, validPatientToSql } from './compile.js';

const NOW = new Date('2028-02-29T10:00:00.000Z');
const leaf = (path: string, operator: string, value: unknown): Condition => ({
  all: [{ fact: 'patient', path, operator, value }],
});

describe('conditionToSql', () => {
  it('renders $n placeholders in order, each with its cast, values apart from the text', () => {
    const r = conditionToSql(
      { any: [leaf('$.sex', 'equal', "X'; DROP TABLE x; --"), leaf('$.conditions', 'contains', 'hta')] },
      NOW,
      { row: 'p' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.values).toEqual(["X'; DROP TABLE x; --", ['hta']]);
    expect(r.text).toContain('upper(p."sex") = $1::text');
    expect(r.text).toContain('p."conditions" @> $2::text[]');
    expect(r.text).not.toContain('DROP');
  });

  it('turns ages into birth-date thresholds, 29 February falling on the 28th in a common year', () => {
    const r = conditionToSql(leaf('$.age', 'greaterThanInclusive', 61), NOW);
    expect(r).toMatchObject({ ok: true, values: ['1967-02-28'] });
    expect(conditionToSql(leaf('$.age', 'greaterThanInclusive', 60), NOW)).toMatchObject({ values: ['1968-02-29'] });
    // age > 59.5 ⇔ age ≥ 60; age < 60.5 ⇔ not age ≥ 61
    expect(conditionToSql(leaf('$.age', 'greaterThan', 59.5), NOW)).toMatchObject({ values: ['1968-02-29'] });
    expect(conditionToSql(leaf('$.age', 'lessThan', 60.5), NOW)).toMatchObject({ values: ['1967-02-28'] });
  });

  it('folds journey and answers leaves (the same for every patient) to constants', () => {
    const day0 = { all: [{ fact: 'journey', path: '$.daysSinceStart', operator: 'equal', value: 0 }] };
    expect(conditionToSql(day0, NOW)).toEqual({ ok: true, text: '(((TRUE)))', values: [] });
    const answered = { all: [{ fact: 'answers', path: '$.s1.f', operator: 'equal', value: 1 }] };
    expect(conditionToSql(answered, NOW)).toEqual({ ok: true, text: '(((FALSE)))', values: [] });
  });

  it('keeps OR inside the array test of containsAny', () => {
    const r = conditionToSql(leaf('$.extra.tags', 'containsAny', ['a', 'b']), NOW);
    expect(r.ok && r.text).toMatch(/AND \(\(COALESCE.*\) OR \(COALESCE.*\)\)\)/);
  });

  it.each([
    ['numeric comparison of a code array (JavaScript coerces ["8"] to 8)', leaf('$.ald', 'lessThan', 10)],
    ['`in` over a string (substring search)', leaf('$.sex', 'in', 'FM')],
    ['a path outside the catalogue', leaf('$.careTeam', 'contains', 'MG')],
    ['a nested extra path', leaf('$.extra.a.b', 'equal', 1)],
    ['an unknown operator', leaf('$.age', 'toString', 1)],
    ['a named condition', { condition: 'adult' } as Condition],
    ['dates under extra (Date.parse)', leaf('$.extra.visit', 'withinLast', 'P1M')],
    ['an age threshold before year 1', leaf('$.age', 'greaterThan', 5000)],
    ['a leaf throwing in JavaScript', { all: [{ fact: 'journey', path: '$.iteration', operator: 'in', value: 3 }] }],
  ])('refuses %s', (_, condition) => {
    expect(conditionToSql(condition, NOW)).toMatchObject({ ok: false, reason: expect.any(String) });
  });

  it('refuses a row name that is not an identifier', () => {
    expect(() => conditionToSql(leaf('$.age', 'equal', 1), NOW, { row: 'p; --' })).toThrow();
  });

  it('says which rows have valid facts', () => {
    expect(validPatientToSql({ row: 'p' }).text).toBe(`(p."sex" IN ('F', 'M', 'X', 'f', 'm', 'x'))`);
  });
});
