// Whether an operator and a value fit the type of the fact path they are applied to.
import type { FactDescriptor, FactType } from '../facts/catalogue.js';
import { isIsoDate } from '../answers.js';
import { isDuration } from '../duration.js';

const TYPE_FR: Record<FactType, string> = {
  number: 'un nombre',
  string: 'un texte',
  boolean: 'oui/non',
  date: 'une date',
  'string[]': 'une liste de codes',
  unknown: 'une valeur',
};

function fits(type: FactType, v: unknown, nullable: boolean | undefined): boolean {
  if (v === null) return nullable === true || type === 'unknown';
  switch (type) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'date':
      return isIsoDate(v);
    case 'string[]':
      return false;
    case 'unknown':
      return typeof v !== 'object' || v === null;
  }
}

export type TypeProblem = {
  code: 'type-mismatch' | 'unknown-option';
  fr: string;
  en: string;
  params: { fact: string; value?: string };
};

/** Explains why `operator value` does not fit the fact, or returns undefined when it does. */
export function typeProblem(d: FactDescriptor, operator: string, value: unknown): TypeProblem | undefined {
  const t = d.type;
  const name = d.label.fr;
  const scalar = t !== 'string[]';
  const isArr = Array.isArray(value);
  const elemType: FactType = t === 'string[]' ? 'string' : t;
  const mismatch = (fr: string, en: string): TypeProblem => ({ code: 'type-mismatch', fr, en, params: { fact: name } });
  const need = (ok: boolean, fr: string, en: string) => (ok ? undefined : mismatch(fr, en));
  let p: TypeProblem | undefined;
  switch (operator) {
    case 'equal':
    case 'notEqual':
      p = scalar
        ? need(
            fits(t, value, d.nullable),
            `« ${name} » est ${TYPE_FR[t]} : la valeur comparée doit l’être aussi`,
            `"${d.label.en}" is ${t}: the value must be too`,
          )
        : mismatch(`« ${name} » est une liste : utilisez « contient »`, `"${d.label.en}" is a list: use contains`);
      break;
    case 'in':
    case 'notIn':
      p = need(
        scalar && isArr && (value as unknown[]).every((v) => fits(t, v, d.nullable)),
        `« ${name} » : la valeur doit être une liste de valeurs du même type (${TYPE_FR[t]})`,
        `"${d.label.en}": the value must be a list of ${t}`,
      );
      break;
    case 'contains':
    case 'doesNotContain':
      p =
        need(t === 'string[]' || t === 'unknown', `« ${name} » n’est pas une liste`, `"${d.label.en}" is not a list`) ??
        need(
          typeof value === 'string',
          `« ${name} » : la valeur cherchée doit être un code (texte)`,
          `"${d.label.en}": the value must be a code`,
        );
      break;
    case 'containsAny':
    case 'containsAll':
      p =
        need(t === 'string[]' || t === 'unknown', `« ${name} » n’est pas une liste`, `"${d.label.en}" is not a list`) ??
        need(
          isArr && (value as unknown[]).every((v) => typeof v === 'string'),
          `« ${name} » : la valeur doit être une liste de codes`,
          `"${d.label.en}": the value must be a list of codes`,
        );
      break;
    case 'lessThan':
    case 'lessThanInclusive':
    case 'greaterThan':
    case 'greaterThanInclusive':
      p =
        need(
          t === 'number' || t === 'unknown',
          `« ${name} » est ${TYPE_FR[t]}, pas un nombre : comparaison impossible`,
          `"${d.label.en}" is ${t}, not a number`,
        ) ??
        need(
          typeof value === 'number' && Number.isFinite(value),
          `« ${name} » se compare à un nombre, pas à ${JSON.stringify(value)}`,
          `"${d.label.en}" compares with a number, not ${JSON.stringify(value)}`,
        );
      break;
    case 'between':
      p =
        need(t === 'number' || t === 'unknown', `« ${name} » n’est pas un nombre`, `"${d.label.en}" is not a number`) ??
        need(
          isArr &&
            value.length === 2 &&
            value.every((v) => typeof v === 'number') &&
            (value[0] as number) <= (value[1] as number),
          `« ${name} » : la valeur doit être [min, max]`,
          `"${d.label.en}": the value must be [min, max]`,
        );
      break;
    case 'withinLast':
    case 'olderThan':
      p =
        need(t === 'date' || t === 'unknown', `« ${name} » n’est pas une date`, `"${d.label.en}" is not a date`) ??
        need(
          isDuration(value),
          `« ${name} » : la valeur doit être une durée ISO-8601 (P30D, P6M…)`,
          `"${d.label.en}": the value must be an ISO-8601 duration`,
        );
      break;
  }
  if (p || !d.values) return p;
  const candidates = isArr ? (value as unknown[]) : [value];
  const bad = candidates.find((v) => typeof v === 'string' && !d.values!.includes(v));
  if (bad === undefined || elemType !== 'string') return undefined;
  return {
    code: 'unknown-option',
    fr: `« ${String(bad)} » n’est pas une valeur possible de « ${name} » (${d.values.join(', ')})`,
    en: `"${String(bad)}" is not a possible value of "${d.label.en}" (${d.values.join(', ')})`,
    params: { fact: name, value: String(bad) },
  };
}
