import { describe, expect, it } from 'vitest';
import { validateAnswers, isIsoDate } from './answers.js';
import type { FormField } from './schema/form.js';

const form: FormField[] = [
  { id: 'weight', type: 'number', label: { fr: 'Poids' }, min: 20, max: 300, required: true },
  { id: 'steps', type: 'number', label: { fr: 'Pas' }, integer: true },
  { id: 'lives', type: 'boolean', label: { fr: 'Vit seul' } },
  {
    id: 'domain',
    type: 'choice',
    label: { fr: 'Domaine' },
    options: [
      { value: 'a', label: { fr: 'A' } },
      { value: 'b', label: { fr: 'B' } },
    ],
  },
  {
    id: 'domains',
    type: 'choice',
    label: { fr: 'Domaines' },
    multiple: true,
    options: [{ value: 'a', label: { fr: 'A' } }],
  },
  { id: 'on', type: 'date', label: { fr: 'Date' } },
  { id: 'note', type: 'text', label: { fr: 'Note' }, maxLength: 5 },
];

const codes = (r: ReturnType<typeof validateAnswers>) => (r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`));

describe('validateAnswers', () => {
  it('accepts matching answers and drops blanks', () => {
    const r = validateAnswers(form, {
      weight: 70.5,
      steps: 3,
      lives: false,
      domain: 'a',
      domains: ['a'],
      on: '2026-01-02',
      note: 'ok',
      extraBlank: undefined,
    });
    expect(r).toEqual({
      ok: true,
      answers: { weight: 70.5, steps: 3, lives: false, domain: 'a', domains: ['a'], on: '2026-01-02', note: 'ok' },
    });
    expect(validateAnswers(form, { weight: 20, note: null })).toEqual({ ok: true, answers: { weight: 20 } });
  });
  it('refuses each kind of bad answer with the field and the reason', () => {
    expect(codes(validateAnswers(form, {}))).toEqual(['weight:required']);
    expect(codes(validateAnswers(form, { weight: '70' }))).toEqual(['weight:not-a-number']);
    expect(codes(validateAnswers(form, { weight: 19.9 }))).toEqual(['weight:below-min']);
    expect(codes(validateAnswers(form, { weight: 300.1 }))).toEqual(['weight:above-max']);
    expect(codes(validateAnswers(form, { weight: 70, steps: 1.5 }))).toEqual(['steps:not-an-integer']);
    expect(codes(validateAnswers(form, { weight: 70, lives: 'yes' }))).toEqual(['lives:not-a-boolean']);
    expect(codes(validateAnswers(form, { weight: 70, domain: 'c' }))).toEqual(['domain:invalid-choice']);
    expect(codes(validateAnswers(form, { weight: 70, domains: 'a' }))).toEqual(['domains:invalid-choice']);
    expect(codes(validateAnswers(form, { weight: 70, domains: ['a', 'a'] }))).toEqual(['domains:duplicate-choice']);
    expect(codes(validateAnswers(form, { weight: 70, on: '2026-02-30' }))).toEqual(['on:not-a-date']);
    expect(codes(validateAnswers(form, { weight: 70, note: 'too long' }))).toEqual(['note:too-long']);
    expect(codes(validateAnswers(form, { weight: 70, other: 1 }))).toEqual(['other:unknown-field']);
    expect(codes(validateAnswers(form, [1]))).toEqual([':not-an-object']);
  });
  it('gives French messages naming the field', () => {
    const r = validateAnswers(form, {});
    expect(r.ok ? '' : r.errors[0]?.message.fr).toBe('« Poids » est obligatoire');
  });
  it('recognises ISO dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-01-01T10:00:00Z')).toBe(true);
    expect(isIsoDate('01/01/2026')).toBe(false);
  });
});
