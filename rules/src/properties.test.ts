// Property tests: validate never throws, simulate terminates, serialise→parse is identity, compiled = engine.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validate } from './validate/validate.js';
import { simulate } from './simulate/simulate.js';
import { templates } from './templates/index.js';
import { parcoursDefinitionSchema } from './schema/definition.js';
import { compileCondition } from './engine/compile.js';
import { evaluate } from './engine/evaluate.js';
import { facts, NOW } from './test/fixtures.js';
import type { NestedCondition, Condition } from './schema/condition.js';

const dates = fc.constantFrom(
  null,
  '2025-12-02T00:00:00Z',
  '2025-12-01T23:59:59Z',
  '2026-01-01',
  '2025-06-30',
  'garbage',
  12,
);
const leaf = fc.oneof(
  fc.record({
    fact: fc.constant('patient'),
    path: fc.constant('$.age'),
    operator: fc.constantFrom(
      'equal',
      'notEqual',
      'lessThan',
      'lessThanInclusive',
      'greaterThan',
      'greaterThanInclusive',
    ),
    value: fc.integer({ min: 55, max: 80 }),
  }),
  fc.record({
    fact: fc.constant('patient'),
    path: fc.constant('$.age'),
    operator: fc.constant('between'),
    value: fc.tuple(fc.integer({ min: 50, max: 70 }), fc.integer({ min: 60, max: 90 })),
  }),
  fc.record({
    fact: fc.constant('patient'),
    path: fc.constantFrom('$.ald', '$.conditions'),
    operator: fc.constantFrom('contains', 'doesNotContain'),
    value: fc.constantFrom('8', '12', 'hta'),
  }),
  fc.record({
    fact: fc.constant('patient'),
    path: fc.constantFrom('$.ald', '$.conditions'),
    operator: fc.constantFrom('containsAny', 'containsAll'),
    value: fc.subarray(['8', '12', 'hta']),
  }),
  fc.record({
    fact: fc.constant('patient'),
    path: fc.constant('$.sex'),
    operator: fc.constantFrom('in', 'notIn'),
    value: fc.subarray(['F', 'M', 'X']),
  }),
  fc.record({
    fact: fc.constant('patient'),
    path: fc.constant('$.lastDischargeAt'),
    operator: fc.constantFrom('withinLast', 'olderThan'),
    value: fc.constantFrom('P30D', 'P6M', 'PT48H'),
  }),
  fc.record({
    fact: fc.constant('patient'),
    path: fc.constantFrom('$.extra.score', '$.missing.deep'),
    operator: fc.constantFrom('equal', 'greaterThan'),
    value: fc.integer({ min: -1, max: 3 }),
  }),
  fc.record({
    fact: fc.constant('patient'),
    path: fc.constantFrom('$.extra.score', '$.missing.deep'),
    operator: fc.constantFrom('in', 'notIn'),
    value: fc.subarray([1, 2, '2']),
  }),
);
const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: NestedCondition; top: Condition }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('top')),
  top: fc.oneof(
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).top;
const patient = fc.record({
  age: fc.integer({ min: 50, max: 90 }),
  sex: fc.constantFrom('F' as const, 'M' as const, 'X' as const),
  ald: fc.subarray(['8', '12', '30']),
  conditions: fc.subarray(['hta', 'diabete-type-2']),
  hasMedecinTraitant: fc.boolean(),
  lastDischargeAt: dates as fc.Arbitrary<string | null>,
  extra: fc.record({ score: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant('2')) }),
});

describe('properties', () => {
  it('validate never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => typeof validate(v).valid === 'boolean'),
      { numRuns: 300 },
    );
  });
  it('validate never throws on mutated templates', () => {
    const base = templates['post-hospitalisation']!;
    fc.assert(
      fc.property(
        fc.nat({ max: base.steps.length - 1 }),
        fc.constantFrom('id', 'type', 'next', 'due', 'form', 'duration'),
        fc.jsonValue(),
        (i, key, v) => {
          const d = JSON.parse(JSON.stringify(base));
          d.steps[i][key] = v;
          return typeof validate(d).valid === 'boolean';
        },
      ),
      { numRuns: 200 },
    );
  });
  it('serialise → parse is identity for every template', () => {
    for (const t of Object.values(templates))
      expect(parcoursDefinitionSchema.parse(JSON.parse(JSON.stringify(t)))).toEqual(t);
  });
  it('simulate always terminates, whatever the scripted answers', async () => {
    const def = templates['frailty-60plus']!;
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom(...def.steps.map((s) => s.id)),
          fc.array(fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue()), { maxLength: 3 }),
        ),
        async (answers) => {
          const r = await simulate(def, { birthDate: '1950-01-01', sex: 'F' }, answers, NOW, { maxSteps: 40 });
          return r.steps.length <= 40 && ['ended', 'waiting', 'stopped'].includes(r.status);
        },
      ),
      { numRuns: 30 },
    );
  });
  it('compiled predicates agree with json-rules-engine', async () => {
    await fc.assert(
      fc.asyncProperty(condition, patient, async (c, p) => {
        const f = facts(p as never);
        expect(compileCondition(c)(f, NOW)).toBe((await evaluate(c, f, NOW)).result);
      }),
      { numRuns: 200 },
    );
  });
});
