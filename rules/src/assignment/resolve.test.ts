import { describe, expect, it } from 'vitest';
import { LAST_RESORT, resolveAssignee } from './resolve.js';
import type { AssignmentContext } from './resolve.js';

const empty: AssignmentContext = { careTeam: [], patientCommune: null, reachablePools: [], coveringProfessions: [] };
const gp = { userId: 'gp-mt', profession: 'MG', role: 'medecin-traitant', startDate: '2024-01-01' } as const;
const otherGp = { userId: 'gp-2', profession: 'MG', role: 'intervenant', startDate: '2020-01-01' } as const;
const nurses = [
  { userId: 'ide-b', profession: 'IDE', role: 'intervenant', startDate: '2023-05-01' },
  { userId: 'ide-a', profession: 'IDE', role: 'intervenant', startDate: '2022-05-01' },
] as const;
const rule = {
  careTeam: 'IDE',
  fallback: [{ pool: 'ide-referente' }, { profession: 'IDE', coveringPatientCommune: true }],
};

describe('resolveAssignee', () => {
  it('gives static rules as they are', () => {
    expect(resolveAssignee({ profession: 'IDE' }, empty)).toEqual({
      target: { profession: 'IDE' },
      reason: { kind: 'rule' },
    });
    expect(resolveAssignee({ role: 'coordinator' }, empty).target).toEqual({ role: 'coordinator' });
  });

  it('sends an MG task to the médecin traitant before an older GP of the team', () => {
    const context = { ...empty, careTeam: [otherGp, gp] };
    expect(resolveAssignee({ careTeam: 'MG' }, context)).toEqual({
      target: { userId: 'gp-mt' },
      reason: { kind: 'care-team', careTeam: 'MG', memberRole: 'medecin-traitant' },
    });
  });

  it('picks the longest-standing member among several of one profession', () => {
    expect(resolveAssignee(rule, { ...empty, careTeam: [...nurses] }).target).toEqual({ userId: 'ide-a' });
  });

  it('falls back in order, recording what was passed over and why', () => {
    const context = { ...empty, careTeam: [gp], patientCommune: '44069', coveringProfessions: ['IDE'] };
    expect(resolveAssignee(rule, context)).toEqual({
      target: { profession: 'IDE', communeCode: '44069' },
      reason: { kind: 'fallback', careTeam: 'IDE', index: 1, skipped: [{ index: 0, because: 'pool-empty' }] },
    });
    expect(resolveAssignee(rule, { ...context, reachablePools: ['ide-referente'] }).target).toEqual({
      pool: 'ide-referente',
    });
  });

  it('hands the task to the coordination when nobody is reachable, never to no one', () => {
    expect(resolveAssignee(rule, empty)).toEqual({
      target: LAST_RESORT,
      reason: {
        kind: 'unreachable',
        careTeam: 'IDE',
        skipped: [
          { index: 0, because: 'pool-empty' },
          { index: 1, because: 'no-patient-commune' },
        ],
      },
    });
  });
});
