// Operators offered for each fact type: only those that make sense (a number is never compared to a string).
import type { FactType } from '@parcours/rules';

export type OperatorName =
  | 'equal'
  | 'notEqual'
  | 'lessThan'
  | 'lessThanInclusive'
  | 'greaterThan'
  | 'greaterThanInclusive'
  | 'between'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain'
  | 'containsAny'
  | 'containsAll'
  | 'withinLast'
  | 'olderThan';

export const OPERATORS_BY_TYPE: Record<FactType, readonly OperatorName[]> = {
  number: ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'between'],
  string: ['equal', 'notEqual', 'in', 'notIn'],
  boolean: ['equal', 'notEqual'],
  date: ['withinLast', 'olderThan'],
  'string[]': ['contains', 'doesNotContain', 'containsAny', 'containsAll'],
  unknown: ['equal', 'notEqual', 'lessThan', 'greaterThan', 'in', 'contains'],
};

/** Operators whose value is a list (react-querybuilder keeps it as an array with `listsAsArrays`). */
export const LIST_OPERATORS: ReadonlySet<string> = new Set(['in', 'notIn', 'containsAny', 'containsAll', 'between']);
