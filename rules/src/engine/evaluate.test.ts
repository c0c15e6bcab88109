import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { chooseTransition } from './choose.js';
import { facts, NOW } from '../test/fixtures.js';
import type { Condition } from '../schema/condition.js';

const age60: Condition = { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 60 }] };

describe('evaluate', () => {
  it('explains a leaf in French and English', async () => {
    const r = await evaluate(age60, facts({ age: 72 }), NOW);
    expect(r.result).toBe(true);
    expect(r.text.fr).toBe('Condition remplie : âge du patient (72) est supérieur ou égal à 60 : oui');
    expect(r.text.en).toBe("Condition met: patient's age (72) is at least 60: yes");
  });

  it('computes every leaf even where json-rules-engine stops early', async () => {
    const c: Condition = {
      all: [
        { fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 60 },
        {
          any: [
            { fact: 'patient', path: '$.ald', operator: 'contains', value: '8' },
            { not: { fact: 'patient', path: '$.hasMedecinTraitant', operator: 'equal', value: true } },
          ],
        },
      ],
    };
    const r = await evaluate(c, facts({ age: 50, ald: ['8'] }), NOW);
    expect(r.result).toBe(false);
    expect(r.explanation).toEqual({
      kind: 'all',
      result: false,
      children: [
        {
          kind: 'leaf',
          fact: 'patient',
          path: '$.age',
          operator: 'greaterThanInclusive',
          expected: 60,
          actual: 50,
          result: false,
        },
        {
          kind: 'any',
          result: true,
          children: [
            {
              kind: 'leaf',
              fact: 'patient',
              path: '$.ald',
              operator: 'contains',
              expected: '8',
              actual: ['8'],
              result: true,
            },
            {
              kind: 'not',
              result: false,
              child: {
                kind: 'leaf',
                fact: 'patient',
                path: '$.hasMedecinTraitant',
                operator: 'equal',
                expected: true,
                actual: true,
                result: true,
              },
            },
          ],
        },
      ],
    });
    expect(r.text.fr).toBe(
      'Condition non remplie : âge du patient (50) est supérieur ou égal à 60 : non ET [ALD ([« 8 »]) contient « 8 » : oui OU NON (a un médecin traitant (oui) est égal à oui : oui) : non] : oui',
    );
  });

  it('names durations and missing values', async () => {
    const c: Condition = {
      any: [{ fact: 'patient', path: '$.lastDischargeAt', operator: 'withinLast', value: 'P30D' }],
    };
    const r = await evaluate(c, facts({ lastDischargeAt: null }), NOW);
    expect(r.text.fr).toBe(
      'Condition non remplie : dernière sortie d’hospitalisation (non renseigné) date de moins de 30 jours : non',
    );
  });

  it('does not mutate the facts', async () => {
    const f = facts({ ald: ['8'] });
    const copy = JSON.parse(JSON.stringify(f));
    await evaluate({ all: [{ fact: 'patient', path: '$.ald', operator: 'contains', value: '8' }] }, f, NOW);
    expect(f).toEqual(copy);
  });
});

describe('chooseTransition', () => {
  it('takes the first transition that holds, else the default', async () => {
    const next = [
      { when: { all: [{ fact: 'answers', path: '$.s.x', operator: 'greaterThan', value: 14 }] }, to: 'a' },
      { when: { all: [{ fact: 'answers', path: '$.s.x', operator: 'greaterThan', value: 10 }] }, to: 'b' },
      { to: 'c' },
    ];
    const r1 = await chooseTransition(next, facts({}, { s: { x: 12 } }), NOW);
    expect(r1.index).toBe(1);
    expect(r1.to).toBe('b');
    expect(r1.evaluations.map((e) => [e.to, e.result])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(r1.evaluations[0]?.text?.fr).toContain('réponse « s.x » (12) est supérieur à 14 : non');
    const r2 = await chooseTransition(next, facts({}, { s: { x: 1 } }), NOW);
    expect(r2).toMatchObject({ index: 2, to: 'c' });
    expect(r2.evaluations[2]).toEqual({ index: 2, to: 'c', result: true });
  });
  it('throws when no transition holds and there is no default', async () => {
    const never = { all: [{ fact: 'patient', path: '$.age', operator: 'lessThan', value: 0 }] };
    await expect(chooseTransition([{ when: never, to: 'a' }], facts(), NOW)).rejects.toThrow(/default/);
  });
});
