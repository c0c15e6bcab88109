import { describe, expect, it } from 'vitest';
import { addDuration, durationToMs, isDuration, parseDuration, subtractDuration } from './duration.js';

const d = (s: string) => new Date(s);

describe('ISO-8601 durations', () => {
  it('parses the accepted forms and refuses the rest', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
    for (const ok of ['P14D', 'PT48H', 'P6M', 'P1Y', 'P0D', 'PT1S']) expect(isDuration(ok)).toBe(true);
    for (const bad of ['', 'P', 'PT', '14D', 'P1.5D', 'P-1D', 'p1d', 'P1DT', 'PT1D', 'P1H'])
      expect(isDuration(bad)).toBe(false);
  });
  it('adds days, hours and weeks as fixed UTC lengths', () => {
    expect(addDuration(d('2026-01-01T00:00:00Z'), 'P14D').toISOString()).toBe('2026-01-15T00:00:00.000Z');
    expect(addDuration(d('2026-03-28T10:00:00Z'), 'PT48H').toISOString()).toBe('2026-03-30T10:00:00.000Z');
    expect(addDuration(d('2026-01-01T00:00:00Z'), 'P2W').toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });
  it('follows the calendar for months and years, clamping to the last day of the month', () => {
    expect(addDuration(d('2026-01-31T08:00:00Z'), 'P1M').toISOString()).toBe('2026-02-28T08:00:00.000Z');
    expect(addDuration(d('2028-01-31T00:00:00Z'), 'P1M').toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(addDuration(d('2026-08-31T00:00:00Z'), 'P6M').toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(addDuration(d('2028-02-29T00:00:00Z'), 'P1Y').toISOString()).toBe('2029-02-28T00:00:00.000Z');
    expect(subtractDuration(d('2026-03-31T00:00:00Z'), 'P1M').toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
  it('gives durations in ms from a start date', () => {
    expect(durationToMs('P1M', d('2026-02-01T00:00:00Z'))).toBe(28 * 86_400_000);
    expect(durationToMs('P1M', d('2026-03-01T00:00:00Z'))).toBe(31 * 86_400_000);
    expect(durationToMs('PT48H', d('2026-03-01T00:00:00Z'))).toBe(48 * 3_600_000);
  });
  it('throws on an invalid duration', () => {
    expect(() => addDuration(d('2026-01-01'), 'P1X')).toThrow(RangeError);
  });
});
