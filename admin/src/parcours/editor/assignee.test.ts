import type { CareTeamAssignee } from '@parcours/rules';
import { validate } from '@parcours/rules';
import { describe, expect, it } from 'vitest';
import {
  addFallback,
  changeFallback,
  choiceOf,
  fallbackFromChoice,
  moveFallback,
  recipientFromChoice,
  removeFallback,
  withCovering,
} from './assignee';

const rule: CareTeamAssignee = {
  careTeam: 'IDE',
  fallback: [{ pool: 'ide-referente' }, { profession: 'IDE', coveringPatientCommune: true }, { role: 'coordinator' }],
};

describe('assignee edits', () => {
  it('shows each kind of rule in the main select', () => {
    expect(
      [rule, { pool: 'x' }, { role: 'coordinator' }, { profession: 'MG' }, { patient: true as const }].map(choiceOf),
    ).toEqual(['careTeam', 'pool', 'role:coordinator', 'MG', 'patient']);
  });

  it('turns a profession into the patient’s own professional of that profession, valid at once', () => {
    const chosen = recipientFromChoice('careTeam', { profession: 'IDE' });
    expect(chosen).toEqual({ careTeam: 'IDE', fallback: [{ role: 'coordinator' }] });
    const definition = {
      key: 'k',
      title: { fr: 'T' },
      eligibility: { all: [] },
      start: 'a',
      steps: [
        { id: 'a', type: 'task', assignee: chosen, due: 'P7D', form: [], next: [{ to: 'b' }] },
        { id: 'b', type: 'end', outcome: 'completed' },
      ],
    };
    expect(validate(definition).errors).toEqual([]);
    // Choosing the care team again keeps the fallbacks already set.
    expect(recipientFromChoice('careTeam', rule)).toBe(rule);
  });

  it('keeps the covering checkbox across professions and drops it for a role or a pool', () => {
    expect(fallbackFromChoice('MG', { profession: 'IDE', coveringPatientCommune: true })).toEqual({
      profession: 'MG',
      coveringPatientCommune: true,
    });
    expect(recipientFromChoice('role:coordinator', { profession: 'IDE', coveringPatientCommune: true })).toEqual({
      role: 'coordinator',
    });
    expect(recipientFromChoice('pool', { profession: 'IDE' }, 'ide-referente')).toEqual({ pool: 'ide-referente' });
    expect(withCovering({ profession: 'IDE', coveringPatientCommune: true }, false)).toEqual({ profession: 'IDE' });
    expect(withCovering({ role: 'coordinator' }, true)).toEqual({ role: 'coordinator' });
  });

  it('reorders, adds and removes fallbacks', () => {
    expect(moveFallback(rule, 2, -1).fallback?.map(choiceOf)).toEqual(['pool', 'role:coordinator', 'IDE']);
    expect(moveFallback(rule, 0, 1).fallback?.map(choiceOf)).toEqual(['IDE', 'pool', 'role:coordinator']);
    expect(moveFallback(rule, 0, -1)).toBe(rule);
    expect(moveFallback(rule, 2, 1)).toBe(rule);
    expect(removeFallback(rule, 1).fallback?.map(choiceOf)).toEqual(['pool', 'role:coordinator']);
    expect(addFallback({ careTeam: 'MG' }).fallback).toEqual([{ role: 'coordinator' }]);
    expect(addFallback({ careTeam: 'MG' }, 'coordination-cpts').fallback).toEqual([{ pool: 'coordination-cpts' }]);
  });

  it('applies edits to the rule as it is now: two keystrokes rendered once are both kept', () => {
    // Two characters typed into fallback 0's pool, and a reorder, all before the control renders again: each
    // updater receives the previous one's result, as React's state updater does.
    const updates = [
      (r: CareTeamAssignee) => changeFallback(r, 0, () => ({ pool: 'ide-referente-n' })),
      (r: CareTeamAssignee) => changeFallback(r, 0, () => ({ pool: 'ide-referente-no' })),
      (r: CareTeamAssignee) => changeFallback(r, 2, () => ({ role: 'professional' })),
    ];
    const final = updates.reduce((r, u) => u(r), rule);
    expect(final.fallback).toEqual([
      { pool: 'ide-referente-no' },
      { profession: 'IDE', coveringPatientCommune: true },
      { role: 'professional' },
    ]);
  });
});
