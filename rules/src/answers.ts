// Checks task answers against a form. Pure, synchronous, no Node built-ins: the workflow's Update validator calls it.
import type { FormField } from './schema/form.js';
import type { LocalizedText } from './schema/common.js';

export type AnswerError = { field: string; code: string; message: { fr: string; en: string } };
export type AnswersResult = { ok: true; answers: Record<string, unknown> } | { ok: false; errors: AnswerError[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Whether a string is an ISO date (or date-time) that denotes a real calendar day. */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !ISO_DATE.test(v)) return false;
  const t = Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
  if (Number.isNaN(t)) return false;
  // Date.parse accepts 2026-02-30 in some engines; compare the day back.
  return v.length !== 10 || new Date(t).toISOString().slice(0, 10) === v;
}

const label = (f: FormField): LocalizedText => f.label;

function check(f: FormField, v: unknown): { code: string; fr: string; en: string } | undefined {
  const l = label(f);
  const en = l.en ?? l.fr;
  switch (f.type) {
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v))
        return { code: 'not-a-number', fr: `« ${l.fr} » doit être un nombre`, en: `"${en}" must be a number` };
      if (f.integer && !Number.isInteger(v))
        return { code: 'not-an-integer', fr: `« ${l.fr} » doit être un entier`, en: `"${en}" must be a whole number` };
      if (f.min !== undefined && v < f.min)
        return {
          code: 'below-min',
          fr: `« ${l.fr} » doit valoir au moins ${f.min}`,
          en: `"${en}" must be at least ${f.min}`,
        };
      if (f.max !== undefined && v > f.max)
        return {
          code: 'above-max',
          fr: `« ${l.fr} » doit valoir au plus ${f.max}`,
          en: `"${en}" must be at most ${f.max}`,
        };
      return undefined;
    case 'boolean':
      return typeof v === 'boolean'
        ? undefined
        : { code: 'not-a-boolean', fr: `« ${l.fr} » attend oui ou non`, en: `"${en}" expects yes or no` };
    case 'choice': {
      const allowed = new Set(f.options.map((o) => o.value));
      const values = f.multiple ? v : [v];
      if (!Array.isArray(values) || values.some((x) => typeof x !== 'string' || !allowed.has(x)))
        return { code: 'invalid-choice', fr: `« ${l.fr} » : choix non proposé`, en: `"${en}": not one of the options` };
      if (new Set(values).size !== values.length)
        return { code: 'duplicate-choice', fr: `« ${l.fr} » : choix en double`, en: `"${en}": duplicate choice` };
      return undefined;
    }
    case 'date':
      return isIsoDate(v)
        ? undefined
        : {
            code: 'not-a-date',
            fr: `« ${l.fr} » doit être une date (AAAA-MM-JJ)`,
            en: `"${en}" must be a date (YYYY-MM-DD)`,
          };
    case 'text':
      if (typeof v !== 'string')
        return { code: 'not-a-text', fr: `« ${l.fr} » doit être un texte`, en: `"${en}" must be text` };
      if (f.maxLength !== undefined && v.length > f.maxLength)
        return {
          code: 'too-long',
          fr: `« ${l.fr} » dépasse ${f.maxLength} caractères`,
          en: `"${en}" is longer than ${f.maxLength} characters`,
        };
      return undefined;
  }
}

/** Validates task answers against a form: refuses unknown fields, missing required ones and values of the wrong kind. */
export function validateAnswers(form: FormField[], answers: unknown): AnswersResult {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    const message = { fr: 'Les réponses doivent être un objet', en: 'Answers must be an object' };
    return { ok: false, errors: [{ field: '', code: 'not-an-object', message }] };
  }
  const input = answers as Record<string, unknown>;
  const errors: AnswerError[] = [];
  const out: Record<string, unknown> = {};
  const known = new Set(form.map((f) => f.id));
  for (const key of Object.keys(input)) {
    if (!known.has(key) && input[key] !== undefined)
      errors.push({
        field: key,
        code: 'unknown-field',
        message: { fr: `Champ inconnu « ${key} »`, en: `Unknown field "${key}"` },
      });
  }
  for (const f of form) {
    const v = input[f.id];
    // null and '' mean "left blank" in forms: treated as absent, so they only fail when the field is required.
    if (v === undefined || v === null || v === '') {
      if (f.required) {
        const message = { fr: `« ${f.label.fr} » est obligatoire`, en: `"${f.label.en ?? f.label.fr}" is required` };
        errors.push({ field: f.id, code: 'required', message });
      }
      continue;
    }
    const e = check(f, v);
    if (e) errors.push({ field: f.id, code: e.code, message: { fr: e.fr, en: e.en } });
    else out[f.id] = Array.isArray(v) ? [...(v as unknown[])] : v;
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers: out };
}
