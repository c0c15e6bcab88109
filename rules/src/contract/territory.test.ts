import { describe, expect, it } from 'vitest';
import { INSEE_CODE_PATTERN, RPPS_PATTERN } from './territory.js';

describe('INSEE commune codes', () => {
  it.each(['44069', '01001', '2A004', '2B033', '97411', '97611', '98735', '95690'])('accepts %s', (code) => {
    expect(INSEE_CODE_PATTERN.test(code)).toBe(true);
  });
  // 20 became 2A and 2B in 1976; 96 and 00 are no departments; case and spaces are the API's to normalise, not the pattern's.
  it.each(['20001', '00100', '96001', '2C001', '4406', '440690', '44 69', '2a004', ' 44069'])('refuses %s', (code) => {
    expect(INSEE_CODE_PATTERN.test(code)).toBe(false);
  });
});

describe('RPPS numbers', () => {
  it('are 11 digits', () => {
    expect(RPPS_PATTERN.test('10101010101')).toBe(true);
    expect(['1010101010', '101010101010', '1010101010A'].some((n) => RPPS_PATTERN.test(n))).toBe(false);
  });
});
