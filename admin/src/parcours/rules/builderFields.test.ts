import { describe, expect, it } from 'vitest';
import { toBuilderFields } from './builderFields';
import { eligibilityFields } from './fields';

describe('rule builder fields', () => {
  it('marks the coded facts (pathologies, ALD) for the catalogue picker, and no other', () => {
    const fields = toBuilderFields(
      eligibilityFields(),
      'fr',
      (k) => k,
      (_f, v) => v,
    );
    const coded = Object.fromEntries(fields.map((f) => [f.name, (f as { codes?: string }).codes]));
    expect(coded).toMatchObject({ 'patient.conditions': 'conditions', 'patient.ald': 'ald' });
    expect(fields.filter((f) => (f as { codes?: string }).codes).map((f) => f.name)).toEqual([
      'patient.ald',
      'patient.conditions',
    ]);
  });
});
