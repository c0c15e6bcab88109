import { describe, expect, it } from 'vitest';
import { templates, type Condition, type Step } from '@parcours/rules';
import { conditionToQuery, isEmptyQuery, queryToCondition } from './convert';
import { eligibilityFields, transitionFields } from './fields';

const steps = [
  {
    id: 'screening',
    type: 'task',
    assignee: { profession: 'IDE' },
    form: [
      { id: 'chairRiseSeconds', type: 'number', label: { fr: 'Levers de chaise' } },
      { id: 'weightLoss', type: 'boolean', label: { fr: 'Perte de poids' } },
      {
        id: 'domains',
        type: 'choice',
        multiple: true,
        label: { fr: 'Domaines' },
        options: [{ value: 'a', label: { fr: 'A' } }],
      },
    ],
    next: [{ to: 'done' }],
  },
  { id: 'done', type: 'end', outcome: 'completed' },
] as Step[];
const fields = [...transitionFields(steps, 'screening'), ...eligibilityFields()];

const roundTrip = (c: Condition): Condition => queryToCondition(conditionToQuery(c), fields);

describe('builder query ⇄ json-rules-engine condition', () => {
  it.each<[string, Condition]>([
    ['a number threshold', { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 60 }] }],
    [
      'an any group on answers',
      {
        any: [
          { fact: 'answers', path: '$.screening.chairRiseSeconds', operator: 'greaterThan', value: 14 },
          { fact: 'answers', path: '$.screening.weightLoss', operator: 'equal', value: true },
        ],
      },
    ],
    [
      'nested groups and lists',
      {
        all: [
          { fact: 'patient', path: '$.sex', operator: 'in', value: ['F', 'X'] },
          { any: [{ fact: 'patient', path: '$.ald', operator: 'containsAny', value: ['8', '5'] }] },
          { fact: 'patient', path: '$.age', operator: 'between', value: [60, 80] },
        ],
      },
    ],
    ['a negated group', { not: { any: [{ fact: 'journey', path: '$.iteration', operator: 'lessThan', value: 3 }] } }],
    [
      'a date operator',
      { all: [{ fact: 'patient', path: '$.lastDischargeAt', operator: 'withinLast', value: 'P30D' }] },
    ],
  ])('keeps %s intact', (_name, condition) => {
    expect(roundTrip(condition)).toEqual(condition);
  });

  it.each(Object.values(templates).map((t) => [t.key, t] as const))('keeps every condition of %s intact', (_k, def) => {
    expect(queryToCondition(conditionToQuery(def.eligibility), eligibilityFields())).toEqual(def.eligibility);
    for (const s of def.steps) {
      if (s.type === 'end') continue;
      const stepFields = transitionFields(def.steps, s.id);
      for (const n of s.next)
        if (n.when) expect(queryToCondition(conditionToQuery(n.when), stepFields)).toEqual(n.when);
    }
  });

  it('types the values typed in the builder from the field catalogue', () => {
    const condition = queryToCondition(
      {
        combinator: 'and',
        rules: [
          { field: 'answers.screening.chairRiseSeconds', operator: 'greaterThan', value: '14' },
          { field: 'answers.screening.weightLoss', operator: 'equal', value: 'true' },
          { field: 'patient.age', operator: 'between', value: '60, 75' },
          { field: 'patient.sex', operator: 'in', value: 'F,M' },
        ],
      },
      fields,
    );
    expect(condition).toEqual({
      all: [
        { fact: 'answers', path: '$.screening.chairRiseSeconds', operator: 'greaterThan', value: 14 },
        { fact: 'answers', path: '$.screening.weightLoss', operator: 'equal', value: true },
        { fact: 'patient', path: '$.age', operator: 'between', value: [60, 75] },
        { fact: 'patient', path: '$.sex', operator: 'in', value: ['F', 'M'] },
      ],
    });
  });

  it('offers the answers of the step and earlier tasks only to transitions', () => {
    expect(transitionFields(steps, 'screening').map((f) => f.name)).toContain('answers.screening.chairRiseSeconds');
    expect(eligibilityFields().every((f) => f.fact === 'patient')).toBe(true);
  });

  it('treats a query without rules as no condition', () => {
    expect(isEmptyQuery(conditionToQuery(undefined))).toBe(true);
    expect(
      isEmptyQuery(conditionToQuery({ all: [{ fact: 'patient', path: '$.age', operator: 'equal', value: 1 }] })),
    ).toBe(false);
  });
});
