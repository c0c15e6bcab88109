import { definitionLabeler, type Condition, type Step } from '@parcours/rules';
import { describe, expect, it } from 'vitest';
import { describeCondition, shorten } from './describe';

const steps = [
  {
    id: 'screening',
    type: 'task',
    assignee: { profession: 'IDE' },
    form: [{ id: 'lesionSuspecte', type: 'boolean', label: { fr: 'Lésion suspecte', en: 'Suspicious lesion' } }],
    next: [{ to: 'done' }],
  },
  { id: 'done', type: 'end', outcome: 'completed' },
] as Step[];
const labels = definitionLabeler({ steps });

describe('conditions in short French', () => {
  it('renders a threshold and a nested OR with catalogue labels and parentheses', () => {
    const c: Condition = {
      all: [
        { fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 60 },
        {
          any: [
            { fact: 'patient', path: '$.ald', operator: 'contains', value: '8' },
            { fact: 'patient', path: '$.conditions', operator: 'contains', value: 'diabete-type-2' },
          ],
        },
      ],
    };
    expect(describeCondition(c)).toBe('âge du patient ≥ 60 et (ALD contient 8 ou pathologies contient diabete-type-2)');
    expect(describeCondition(c, { lang: 'en' })).toBe(
      "patient's age ≥ 60 and (long-term conditions (ALD) contains 8 or conditions contains diabete-type-2)",
    );
  });

  it('names form answers by their label and yes/no facts by themselves', () => {
    const c: Condition = {
      any: [
        { fact: 'answers', path: '$.screening.lesionSuspecte', operator: 'equal', value: true },
        { fact: 'patient', path: '$.hasMedecinTraitant', operator: 'equal', value: false },
      ],
    };
    expect(describeCondition(c, { labels })).toBe('Lésion suspecte ou a un médecin traitant : non');
  });

  it('writes lists, ranges, durations, negations and coded values', () => {
    const values = (_f: string, path: string | undefined, v: string) =>
      path === '$.sex' ? { F: 'femme', M: 'homme', X: 'autre' }[v] : undefined;
    expect(
      describeCondition(
        {
          all: [
            { fact: 'patient', path: '$.sex', operator: 'in', value: ['F', 'X'] },
            { fact: 'patient', path: '$.age', operator: 'between', value: [50, 74.5] },
            { fact: 'patient', path: '$.lastDischargeAt', operator: 'withinLast', value: 'P30D' },
            { not: { fact: 'journey', path: '$.iteration', operator: 'lessThan', value: 3 } },
          ],
        },
        { values },
      ),
    ).toBe(
      'sexe parmi femme ou autre et âge du patient entre 50 et 74,5 et dernière sortie d’hospitalisation depuis moins de 30 jours et non passage n° (boucle) < 3',
    );
  });

  it('says when an empty group always or never holds', () => {
    expect(describeCondition({ all: [] })).toBe('toujours');
    expect(describeCondition({ any: [] })).toBe('jamais');
    expect(describeCondition({ not: { any: [{ all: [] }, { any: [] }] } })).toBe('non (toujours ou jamais)');
  });

  it('shortens on a word boundary', () => {
    expect(shorten('abc def ghi', 8)).toBe('abc def…');
    expect(shorten('court', 8)).toBe('court');
  });
});
