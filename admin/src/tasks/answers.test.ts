import { describe, expect, it } from 'vitest';
import type { FormField } from '@parcours/rules/contract';
import { answerErrorsFromProblem, toAnswers, toFormValues } from './answers';

const form: FormField[] = [
  { id: 'weight', type: 'number', label: { fr: 'Poids' }, required: true },
  { id: 'dyspnea', type: 'boolean', label: { fr: 'Essoufflement' } },
  { id: 'signs', type: 'choice', label: { fr: 'Signes' }, multiple: true, options: [] },
  { id: 'notes', type: 'text', label: { fr: 'Observations' } },
];

describe('toAnswers', () => {
  it('types the values, keeps declared fields only and drops unanswered ones', () => {
    const values = { answers: { weight: '72.5', dyspnea: 'no', signs: ['oedema'], notes: '', extra: 'x' } };
    expect(toAnswers(form, values)).toEqual({ weight: 72.5, dyspnea: false, signs: ['oedema'] });
  });

  it('round-trips recorded answers through the form values', () => {
    const answers = { weight: 80, dyspnea: true };
    expect(toAnswers(form, toFormValues(form, answers))).toEqual(answers);
  });
});

describe('answerErrorsFromProblem', () => {
  it('maps problem pointers to answer fields', () => {
    expect(answerErrorsFromProblem({ detail: 'Trop lourd', pointer: '/answers/weight' })).toEqual({
      answers: { weight: 'Trop lourd' },
    });
    expect(answerErrorsFromProblem({ errors: [{ pointer: '/answers/notes', detail: 'Trop long' }] })).toEqual({
      answers: { notes: 'Trop long' },
    });
  });

  it('maps the API refusal shape (errors[] with /body/answers pointers and messages)', () => {
    const problem = {
      status: 422,
      code: 'invalid_answers',
      errors: [{ pointer: '/body/answers/chairRiseSeconds', code: 'too_big', message: 'Au plus 120' }],
    };
    expect(answerErrorsFromProblem(problem)).toEqual({ answers: { chairRiseSeconds: 'Au plus 120' } });
  });

  it('ignores problems that point at no answer', () => {
    expect(answerErrorsFromProblem({ detail: 'Task already completed' })).toBeUndefined();
    expect(answerErrorsFromProblem(null)).toBeUndefined();
  });
});
