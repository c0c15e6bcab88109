// The two converters between react-querybuilder's query and json-rules-engine conditions. Conditions are the stored
// truth; the query is only the editing view of it, so condition → query → condition must give the same condition back.
import type { Condition, FactType, LeafCondition, NestedCondition } from '@parcours/rules';
import type { RuleGroupType, RuleType } from 'react-querybuilder';
import { fieldName, splitFieldName, typeOfField, type RuleField } from './fields';
import { LIST_OPERATORS } from './operators';

const isGroup = (r: RuleType | RuleGroupType | string): r is RuleGroupType => typeof r === 'object' && 'rules' in r;

const toList = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter((v) => v !== '')
      : value === undefined || value === null
        ? []
        : [value];

const toNumber = (v: unknown): unknown => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return v;
};

const toBoolean = (v: unknown): unknown => (v === 'true' ? true : v === 'false' ? false : v);

/** The value typed into the builder, as the condition must hold it for `type` and `operator`. */
export const conditionValue = (type: FactType, operator: string, value: unknown): unknown => {
  if (LIST_OPERATORS.has(operator)) return toList(value).map((v) => (type === 'number' ? toNumber(v) : v));
  switch (type) {
    case 'number':
      return toNumber(value);
    case 'boolean':
      return toBoolean(value);
    case 'string[]':
    case 'string':
    case 'date':
    case 'unknown':
      return value;
  }
};

const ruleToLeaf = (rule: RuleType, fields: readonly RuleField[]): LeafCondition => {
  const { fact, path } = splitFieldName(rule.field);
  const leaf: LeafCondition = { fact, operator: rule.operator };
  if (path) leaf.path = path;
  leaf.value = conditionValue(typeOfField(fields, rule.field), rule.operator, rule.value);
  return leaf;
};

const groupToCondition = (group: RuleGroupType, fields: readonly RuleField[]): Condition => {
  const children: NestedCondition[] = group.rules
    .filter((r): r is RuleType | RuleGroupType => typeof r !== 'string')
    .map((r) => (isGroup(r) ? groupToCondition(r, fields) : ruleToLeaf(r, fields)));
  // A negated single leaf is how the builder shows `{ not: leaf }`: give that shape back.
  const [only] = children;
  if (group.not && children.length === 1 && only && 'fact' in only && group.combinator !== 'or') return { not: only };
  const inner: Condition = group.combinator === 'or' ? { any: children } : { all: children };
  return group.not ? { not: inner } : inner;
};

/** Builder query → json-rules-engine top-level condition. */
export const queryToCondition = (query: RuleGroupType, fields: readonly RuleField[]): Condition =>
  groupToCondition(query, fields);

const leafToRule = (leaf: LeafCondition): RuleType => ({
  field: fieldName(leaf.fact, leaf.path),
  operator: leaf.operator,
  value: leaf.value,
});

const childToRule = (c: NestedCondition): RuleType | RuleGroupType =>
  'fact' in c && typeof c.fact === 'string' ? leafToRule(c) : conditionToQuery(c as Condition);

/**
 * json-rules-engine condition → builder query. A bare leaf or a `condition` reference (not editable here) is wrapped in
 * an `all` group so the builder always edits a group.
 */
export const conditionToQuery = (condition: Condition | undefined): RuleGroupType => {
  if (!condition) return { combinator: 'and', rules: [] };
  if ('all' in condition) return { combinator: 'and', rules: condition.all.map(childToRule) };
  if ('any' in condition) return { combinator: 'or', rules: condition.any.map(childToRule) };
  if ('not' in condition) {
    const inner = childToRule(condition.not);
    return isGroup(inner) ? { ...inner, not: true } : { combinator: 'and', not: true, rules: [inner] };
  }
  return { combinator: 'and', rules: [] };
};

/** True when the query has no rule at all (an empty `when` means "no condition"). */
export const isEmptyQuery = (query: RuleGroupType): boolean =>
  query.rules.every((r) => typeof r !== 'string' && isGroup(r) && isEmptyQuery(r));
