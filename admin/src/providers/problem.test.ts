import { describe, expect, it } from 'vitest';
import { fieldErrorsFromProblem } from './problem';

describe('fieldErrorsFromProblem', () => {
  it('keys the messages by the field under /body/', () => {
    const body = {
      status: 422,
      errors: [
        { pointer: '/body/birthDate', code: 'custom', message: 'date de naissance invalide' },
        { pointer: '/body/conditions/1', code: 'invalid_format', message: 'code en minuscules' },
        { pointer: '/body/conditions/3', code: 'invalid_format', message: 'autre' },
        { pointer: '/body/to/userId', code: 'not_found', message: 'Professionnel introuvable' },
      ],
    };
    expect(fieldErrorsFromProblem(body)).toEqual({
      birthDate: 'date de naissance invalide',
      conditions: 'code en minuscules',
      'to.userId': 'Professionnel introuvable',
    });
  });

  it('ignores bodies without located errors', () => {
    expect(fieldErrorsFromProblem({ status: 409, detail: 'refusé' })).toEqual({});
    expect(fieldErrorsFromProblem({ errors: [{ pointer: '/query/x', message: 'm' }] })).toEqual({});
    expect(fieldErrorsFromProblem(null)).toEqual({});
  });
});
