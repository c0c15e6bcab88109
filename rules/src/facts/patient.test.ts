import { describe, expect, it } from 'vitest';
import { ageAt, eligibilityFacts, patientFacts, journeyFacts } from './patient.js';

describe('patient facts', () => {
  it('computes the age at now, birthday included', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    expect(ageAt('1966-05-01', now)).toBe(60);
    expect(ageAt('1966-05-02', now)).toBe(59);
    expect(ageAt('2000-02-29', new Date('2026-02-28T00:00:00Z'))).toBe(25);
    expect(ageAt('2000-02-29', new Date('2026-03-01T00:00:00Z'))).toBe(26);
  });
  it('normalises a patient record', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(
      patientFacts(
        { birthDate: new Date('1950-01-01T00:00:00Z'), sex: 'f', ald: ['8'], lastDischargeAt: '2025-12-20' },
        now,
      ),
    ).toEqual({
      age: 76,
      sex: 'F',
      ald: ['8'],
      conditions: [],
      hasMedecinTraitant: false,
      lastDischargeAt: '2025-12-20T00:00:00.000Z',
      extra: {},
    });
    expect(() => patientFacts({ birthDate: '1950-01-01', sex: 'Q' }, now)).toThrow(RangeError);
    expect(() => patientFacts({ birthDate: 'nope', sex: 'F' }, now)).toThrow(RangeError);
  });
  it('computes journey facts', () => {
    expect(journeyFacts(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-31T12:00:00Z'), 2)).toEqual({
      startedAt: '2026-01-01T00:00:00.000Z',
      daysSinceStart: 30,
      iteration: 2,
      previousOutcome: null,
    });
  });

  it('gives eligibility the facts of a journey that would start now: day 0, iteration 0, no previous outcome', () => {
    const now = new Date('2026-05-01T08:00:00Z');
    expect(eligibilityFacts({ birthDate: '1960-01-01', sex: 'F' }, now)).toEqual({
      patient: patientFacts({ birthDate: '1960-01-01', sex: 'F' }, now),
      answers: {},
      journey: { startedAt: now.toISOString(), daysSinceStart: 0, iteration: 0, previousOutcome: null },
    });
  });
});
