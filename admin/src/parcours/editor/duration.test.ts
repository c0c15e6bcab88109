import { describe, expect, it } from 'vitest';
import { isDuration } from '@parcours/rules';
import { DURATION_UNITS, parseSimpleDuration, toIsoDuration } from './duration';

describe('friendly durations', () => {
  it('writes valid ISO-8601 durations and reads them back', () => {
    for (const unit of DURATION_UNITS) {
      const iso = toIsoDuration(3, unit);
      expect(isDuration(iso)).toBe(true);
      expect(parseSimpleDuration(iso)).toEqual({ amount: 3, unit });
    }
    expect(toIsoDuration(48, 'H')).toBe('PT48H');
  });

  it('leaves combined durations to the raw text', () => {
    expect(parseSimpleDuration('P1M15D')).toBeNull();
    expect(parseSimpleDuration(undefined)).toBeNull();
  });
});
