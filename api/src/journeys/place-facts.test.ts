import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.ts';
import { placeFacts } from './place-facts.ts';

describe('placeFacts', () => {
  it('keeps catalogue facts at the top and moves the others under extra', () => {
    expect(placeFacts({ hasMedecinTraitant: true, hba1c: 8.1, readmission: true })).toEqual({
      hasMedecinTraitant: true,
      extra: { hba1c: 8.1, readmission: true },
    });
  });

  it('adds no extra object when every fact is in the catalogue', () => {
    expect(placeFacts({ conditions: ['diabete-t2'] })).toEqual({ conditions: ['diabete-t2'] });
  });

  it('refuses a catalogue fact of the wrong type and a derived fact, with their pointers', () => {
    try {
      placeFacts({ hasMedecinTraitant: 'oui', age: 80, hba1c: 7 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const pointers = (error as AppError).errors.map((e) => e.pointer);
      expect(pointers).toEqual(['/body/facts/hasMedecinTraitant', '/body/facts/age']);
    }
  });

  it('accepts null only for a nullable fact', () => {
    expect(placeFacts({ lastDischargeAt: null })).toEqual({ lastDischargeAt: null });
    expect(() => placeFacts({ sex: null })).toThrow(AppError);
  });
});
