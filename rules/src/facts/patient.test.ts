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
      careTeam: [],
      careTeamProfessions: [],
      commune: null,
      lastDischargeAt: '2025-12-20T00:00:00.000Z',
      extra: {},
    });
    expect(() => patientFacts({ birthDate: '1950-01-01', sex: 'Q' }, now)).toThrow(RangeError);
    expect(() => patientFacts({ birthDate: 'nope', sex: 'F' }, now)).toThrow(RangeError);
  });
  it('derives the care team, its professions and hasMedecinTraitant from the memberships current at now', () => {
    const now = new Date('2026-06-15T10:00:00Z');
    const member = (userId: string, role: string, profession: string, startDate: string, endDate?: string) => ({
      userId,
      role,
      profession,
      startDate,
      endDate: endDate ?? null,
    });
    const facts = patientFacts(
      {
        birthDate: '1950-01-01',
        sex: 'F',
        // The stored flag is ignored once the care team is known: the team says there is no current GP.
        hasMedecinTraitant: true,
        communeCode: '44069',
        careTeam: [
          member('gp-old', 'medecin-traitant', 'MG', '2019-01-01', '2026-06-15'),
          member('nurse', 'intervenant', 'IDE', '2024-03-01'),
          member('nurse-2', 'intervenant', 'IDE', '2025-01-01'),
          member('future', 'intervenant', 'KINE', '2026-06-16'),
        ],
      },
      now,
    );
    expect(facts.careTeam).toEqual([
      { profession: 'IDE', role: 'intervenant', userId: 'nurse', since: '2024-03-01' },
      { profession: 'IDE', role: 'intervenant', userId: 'nurse-2', since: '2025-01-01' },
    ]);
    expect(facts.careTeamProfessions).toEqual(['IDE']);
    expect(facts.hasMedecinTraitant).toBe(false);
    expect(facts.commune).toBe('44069');

    const withGp = patientFacts(
      { birthDate: '1950-01-01', sex: 'F', careTeam: [member('gp', 'medecin-traitant', 'MG', '2026-06-15')] },
      now,
    );
    expect(withGp.hasMedecinTraitant).toBe(true);
    expect(withGp.careTeam).toEqual([
      { profession: 'MG', role: 'medecin-traitant', userId: 'gp', since: '2026-06-15' },
    ]);
    // Without the care team (a record from before it existed), the stored flag stands.
    expect(patientFacts({ birthDate: '1950-01-01', sex: 'F', hasMedecinTraitant: true }, now).hasMedecinTraitant).toBe(
      true,
    );
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
