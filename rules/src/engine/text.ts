// Renders an explanation tree as one French and one English sentence a coordinator can read.
import { lookupFact } from '../facts/catalogue.js';
import { parseDuration } from '../duration.js';
import type { Explanation, LeafExplanation } from './explanation.js';
import { isLeaf, type NestedCondition } from '../schema/condition.js';

type Lang = 'fr' | 'en';
/** Gives the human label of a fact path (e.g. a form field's label); undefined falls back to the catalogue. */
export type FactLabeler = (fact: string, path: string | undefined) => { fr: string; en?: string } | undefined;

const OPS: Record<string, [string, string]> = {
  equal: ['est égal à', 'equals'],
  notEqual: ['est différent de', 'is not'],
  in: ['fait partie de', 'is one of'],
  notIn: ['ne fait pas partie de', 'is not one of'],
  contains: ['contient', 'contains'],
  doesNotContain: ['ne contient pas', 'does not contain'],
  lessThan: ['est inférieur à', 'is less than'],
  lessThanInclusive: ['est inférieur ou égal à', 'is at most'],
  greaterThan: ['est supérieur à', 'is greater than'],
  greaterThanInclusive: ['est supérieur ou égal à', 'is at least'],
  withinLast: ['date de moins de', 'is within the last'],
  olderThan: ['date de plus de', 'is older than'],
  containsAny: ['contient au moins un de', 'contains any of'],
  containsAll: ['contient tous', 'contains all of'],
  between: ['est compris entre', 'is between'],
};

const UNITS: Array<[keyof NonNullable<ReturnType<typeof parseDuration>>, string, string, string, string]> = [
  ['years', 'an', 'ans', 'year', 'years'],
  ['months', 'mois', 'mois', 'month', 'months'],
  ['weeks', 'semaine', 'semaines', 'week', 'weeks'],
  ['days', 'jour', 'jours', 'day', 'days'],
  ['hours', 'heure', 'heures', 'hour', 'hours'],
  ['minutes', 'minute', 'minutes', 'minute', 'minutes'],
  ['seconds', 'seconde', 'secondes', 'second', 'seconds'],
];

/** A duration in words (`P6M` → "6 mois" / "6 months"). */
export function durationText(iso: string, lang: Lang): string {
  const d = parseDuration(iso);
  if (!d) return iso;
  const parts = UNITS.filter(([k]) => d[k] > 0).map(([k, fr1, frN, en1, enN]) => {
    const n = d[k];
    return `${n} ${lang === 'fr' ? (n > 1 ? frN : fr1) : n > 1 ? enN : en1}`;
  });
  return parts.length ? parts.join(' ') : lang === 'fr' ? '0 jour' : '0 days';
}

/** A value in words: numbers with a French decimal comma, strings quoted, empty values named. */
export function valueText(v: unknown, lang: Lang, operator?: string): string {
  if (v === undefined || v === null) return lang === 'fr' ? 'non renseigné' : 'not recorded';
  if (typeof v === 'boolean') return lang === 'fr' ? (v ? 'oui' : 'non') : v ? 'yes' : 'no';
  if (typeof v === 'number') return lang === 'fr' ? String(v).replace('.', ',') : String(v);
  if (typeof v === 'string') {
    if (operator === 'withinLast' || operator === 'olderThan') return durationText(v, lang);
    return lang === 'fr' ? `« ${v} »` : `"${v}"`;
  }
  if (Array.isArray(v)) {
    if (operator === 'between' && v.length === 2)
      return `${valueText(v[0], lang)} ${lang === 'fr' ? 'et' : 'and'} ${valueText(v[1], lang)}`;
    return v.length ? `[${v.map((x) => valueText(x, lang)).join(', ')}]` : lang === 'fr' ? 'aucun' : 'none';
  }
  return JSON.stringify(v);
}

function label(leaf: LeafExplanation, lang: Lang, labels?: FactLabeler): string {
  const l = labels?.(leaf.fact, leaf.path) ?? lookupFact(leaf.fact, leaf.path)?.label;
  if (l) return lang === 'fr' ? l.fr : (l.en ?? l.fr);
  const where = leaf.path ? leaf.path.replace(/^\$\.?/, '') : '';
  if (leaf.fact === 'answers') return lang === 'fr' ? `réponse « ${where} »` : `answer "${where}"`;
  return where ? `${leaf.fact}.${where}` : leaf.fact;
}

const yes = (r: boolean, lang: Lang) => (lang === 'fr' ? (r ? 'oui' : 'non') : r ? 'yes' : 'no');
const colon = (lang: Lang) => (lang === 'fr' ? ' : ' : ': ');

function render(e: Explanation, lang: Lang, labels: FactLabeler | undefined, nested: boolean): string {
  switch (e.kind) {
    case 'leaf': {
      const op = OPS[e.operator]?.[lang === 'fr' ? 0 : 1] ?? e.operator;
      const actual = valueText(e.actual, lang);
      return `${label(e, lang, labels)} (${actual}) ${op} ${valueText(e.expected, lang, e.operator)}${colon(lang)}${yes(e.result, lang)}`;
    }
    case 'all':
    case 'any': {
      if (e.children.length === 1 && e.children[0]) return render(e.children[0], lang, labels, nested);
      if (e.children.length === 0) return lang === 'fr' ? 'aucune condition' : 'no condition';
      const joiner = e.kind === 'all' ? (lang === 'fr' ? ' ET ' : ' AND ') : lang === 'fr' ? ' OU ' : ' OR ';
      const body = e.children.map((c) => render(c, lang, labels, true)).join(joiner);
      return nested ? `[${body}]${colon(lang)}${yes(e.result, lang)}` : body;
    }
    case 'not': {
      const inner = render(e.child, lang, labels, true);
      return `${lang === 'fr' ? 'NON' : 'NOT'} (${inner})${colon(lang)}${yes(e.result, lang)}`;
    }
    case 'reference':
      return `${lang === 'fr' ? 'condition nommée' : 'named condition'} « ${e.name} »`;
  }
}

/** The explanation as sentences: "Condition remplie : âge du patient (72) est supérieur ou égal à 60 : oui". */
export function explanationText(e: Explanation, labels?: FactLabeler): { fr: string; en: string } {
  return {
    fr: `${e.result ? 'Condition remplie' : 'Condition non remplie'} : ${render(e, 'fr', labels, false)}`,
    en: `${e.result ? 'Condition met' : 'Condition not met'}: ${render(e, 'en', labels, false)}`,
  };
}

function describe(c: NestedCondition, lang: Lang, labels: FactLabeler | undefined, nested: boolean): string {
  if (isLeaf(c)) {
    const leaf: LeafExplanation = {
      kind: 'leaf',
      fact: c.fact,
      operator: c.operator,
      expected: c.value,
      actual: undefined,
      result: false,
    };
    if (c.path !== undefined) leaf.path = c.path;
    const op = OPS[c.operator]?.[lang === 'fr' ? 0 : 1] ?? c.operator;
    return `${label(leaf, lang, labels)} ${op} ${valueText(c.value, lang, c.operator)}`;
  }
  if ('all' in c || 'any' in c) {
    const children = 'all' in c ? c.all : c.any;
    if (children.length === 1 && children[0]) return describe(children[0], lang, labels, nested);
    if (children.length === 0) return lang === 'fr' ? 'aucune condition' : 'no condition';
    const joiner = 'all' in c ? (lang === 'fr' ? ' ET ' : ' AND ') : lang === 'fr' ? ' OU ' : ' OR ';
    const body = children.map((x) => describe(x, lang, labels, true)).join(joiner);
    return nested ? `[${body}]` : body;
  }
  if ('not' in c) return `${lang === 'fr' ? 'NON' : 'NOT'} (${describe(c.not, lang, labels, true)})`;
  return `${lang === 'fr' ? 'condition nommée' : 'named condition'} « ${c.condition} »`;
}

/** A condition as it is written, before any evaluation: "âge du patient est supérieur ou égal à 60". */
export function conditionText(c: NestedCondition, labels?: FactLabeler): { fr: string; en: string } {
  return { fr: describe(c, 'fr', labels, false), en: describe(c, 'en', labels, false) };
}
