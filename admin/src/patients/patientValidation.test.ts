import { describe, expect, it } from 'vitest';
import { birthDateError, patientValidators } from './patientValidation';

describe('birthDateError', () => {
  const now = new Date('2026-11-23T17:00:00Z');

  it('accepts a past date, and the API’s timestamp form of it', () => {
    expect(birthDateError('1950-03-14', now)).toBeUndefined();
    expect(birthDateError('1950-03-14T00:00:00.000Z', now)).toBeUndefined();
    expect(birthDateError('2026-11-23', now)).toBeUndefined();
  });

  it('refuses a future date, a date before 1900 and a malformed one', () => {
    expect(birthDateError('2026-11-24', now)).toBe('parcours.patients.validation.birth_date_future');
    expect(birthDateError('1899-12-31', now)).toBe('parcours.patients.validation.birth_date_too_old');
    expect(birthDateError('14/03/1950', now)).toBe('parcours.patients.validation.date_format');
  });
});

describe('code lists', () => {
  const [conditions] = patientValidators.conditions;
  const [ald] = patientValidators.ald;

  it('wants lower-case condition codes and plain ALD codes', () => {
    expect(conditions?.(['diabete-type-2', 'hta'])).toBeUndefined();
    expect(conditions?.(['Diabète'])).toBe('parcours.patients.validation.condition_code');
    expect(ald?.(['8', 'E11.9'])).toBeUndefined();
    expect(ald?.(['ALD 8'])).toBe('parcours.patients.validation.ald_code');
  });
});
