import { describe, expect, it } from 'vitest';
import { neutraliseFormula, neutraliseRecord } from './csvExporter.ts';

describe('CSV export neutralises formulas (OWASP CSV injection)', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+33 6 12', "'+33 6 12"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['Dupont', 'Dupont'],
    ['Marie-Anne', 'Marie-Anne'],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it('walks nested values and keeps numbers, booleans and nulls', () => {
    expect(
      neutraliseRecord({ id: 1, name: '=1+1', extra: { note: '@x', n: -3 }, tags: ['-a', 'b'], ok: null }),
    ).toEqual({ id: 1, name: "'=1+1", extra: { note: "'@x", n: -3 }, tags: ["'-a", 'b'], ok: null });
  });
});
