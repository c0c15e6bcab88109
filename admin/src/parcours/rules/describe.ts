// A json-rules-engine condition in short words, for diagram arrows and transition lists:
// « âge du patient ≥ 60 et (ALD contient 8 ou pathologies contient diabete-type-2) ». Pure: labels come from the fact
// catalogue and the definition's form fields (definitionLabeler), values from an optional value labeller.
import { durationText, lookupFact, type Condition, type FactLabeler, type NestedCondition } from '@parcours/rules';

export type Lang = 'fr' | 'en';
/** Human label of one value of a fact (`F` → « femme »); undefined keeps the value as typed. */
export type ValueLabeler = (fact: string, path: string | undefined, value: string) => string | undefined;

const WORDS = {
  fr: { and: 'et', or: 'ou', not: 'non', always: 'toujours', never: 'jamais', yes: 'oui', no: 'non', named: 'règle' },
  en: { and: 'and', or: 'or', not: 'not', always: 'always', never: 'never', yes: 'yes', no: 'no', named: 'rule' },
} as const;

const SYMBOLS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
};

const PHRASES: Record<string, { fr: string; en: string }> = {
  in: { fr: 'parmi', en: 'in' },
  notIn: { fr: 'hors de', en: 'not in' },
  contains: { fr: 'contient', en: 'contains' },
  doesNotContain: { fr: 'ne contient pas', en: 'does not contain' },
  containsAny: { fr: 'contient l’un de', en: 'contains any of' },
  containsAll: { fr: 'contient tous', en: 'contains all of' },
  withinLast: { fr: 'depuis moins de', en: 'within the last' },
  olderThan: { fr: 'il y a plus de', en: 'more than ago' },
  between: { fr: 'entre', en: 'between' },
};

interface Context {
  lang: Lang;
  labels?: FactLabeler;
  values?: ValueLabeler;
}

const isLeaf = (c: NestedCondition): c is Extract<NestedCondition, { fact: string }> =>
  typeof (c as { fact?: unknown }).fact === 'string';

const factLabel = (fact: string, path: string | undefined, ctx: Context): string => {
  const l = ctx.labels?.(fact, path) ?? lookupFact(fact, path)?.label;
  if (l) return ctx.lang === 'fr' ? l.fr : (l.en ?? l.fr);
  const where = path ? path.replace(/^\$\.?/, '') : '';
  return where ? (fact === 'answers' ? where : `${fact}.${where}`) : fact;
};

const oneValue = (v: unknown, leaf: { fact: string; path?: string; operator: string }, ctx: Context): string => {
  if (typeof v === 'boolean') return v ? WORDS[ctx.lang].yes : WORDS[ctx.lang].no;
  if (typeof v === 'number') return ctx.lang === 'fr' ? String(v).replace('.', ',') : String(v);
  if (typeof v === 'string') {
    if (leaf.operator === 'withinLast' || leaf.operator === 'olderThan') return durationText(v, ctx.lang);
    return ctx.values?.(leaf.fact, leaf.path, v) ?? v;
  }
  return v === undefined || v === null ? '∅' : JSON.stringify(v);
};

const leafText = (leaf: Extract<NestedCondition, { fact: string }>, ctx: Context): string => {
  const label = factLabel(leaf.fact, leaf.path, ctx);
  const w = WORDS[ctx.lang];
  const { operator, value } = leaf;
  // A yes/no fact reads best as itself: « a un médecin traitant », « a un médecin traitant : non ».
  if (typeof value === 'boolean' && (operator === 'equal' || operator === 'notEqual'))
    return value === (operator === 'equal') ? label : `${label}${ctx.lang === 'fr' ? ' : ' : ': '}${w.no}`;
  const symbol = SYMBOLS[operator];
  if (symbol) return `${label} ${symbol} ${oneValue(value, leaf, ctx)}`;
  if (operator === 'between' && Array.isArray(value) && value.length === 2)
    return `${label} ${PHRASES.between?.[ctx.lang] ?? ''} ${oneValue(value[0], leaf, ctx)} ${w.and} ${oneValue(value[1], leaf, ctx)}`;
  const list = Array.isArray(value) ? value.map((v) => oneValue(v, leaf, ctx)) : [oneValue(value, leaf, ctx)];
  const joiner = operator === 'containsAll' || operator === 'notIn' ? ` ${w.and} ` : ` ${w.or} `;
  const phrase = PHRASES[operator]?.[ctx.lang] ?? operator;
  if (operator === 'olderThan' && ctx.lang === 'en') return `${label} more than ${list.join(joiner)} ago`;
  return `${label} ${phrase} ${list.join(joiner)}`;
};

const render = (c: NestedCondition, ctx: Context, nested: boolean): string => {
  const w = WORDS[ctx.lang];
  if (isLeaf(c)) return leafText(c, ctx);
  if ('not' in c) {
    const inner = render(c.not, ctx, true);
    return `${w.not} ${isLeaf(c.not) ? inner : inner.startsWith('(') ? inner : `(${inner})`}`;
  }
  if ('condition' in c) return `${w.named} « ${c.condition} »`;
  const all = 'all' in c;
  const children = all ? c.all : c.any;
  // An empty `all` always holds and an empty `any` never does (json-rules-engine's semantics): say so.
  if (children.length === 0) return all ? w.always : w.never;
  if (children.length === 1 && children[0]) return render(children[0], ctx, nested);
  const body = children.map((child) => render(child, ctx, true)).join(` ${all ? w.and : w.or} `);
  return nested ? `(${body})` : body;
};

/** The condition in short words; `labels` names answer paths (definitionLabeler), `values` names coded values. */
export const describeCondition = (
  condition: Condition,
  options: { lang?: Lang; labels?: FactLabeler; values?: ValueLabeler } = {},
): string => render(condition, { lang: options.lang ?? 'fr', labels: options.labels, values: options.values }, false);

/** Cuts a long description on a word boundary so a diagram arrow stays readable (the full text goes in a tooltip). */
export const shorten = (text: string, max = 60): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
};
