import { describe, expect, it } from 'vitest';
import { BASE_OUTCOMES, outcomeLabel, outcomeList } from './outcomes.js';
import { validate } from './validate/validate.js';
import { minimalDefinition } from './test/fixtures.js';
import { templates } from './templates/index.js';

const endIndex = (d: ReturnType<typeof minimalDefinition>) => d.steps.findIndex((s) => s.type === 'end');

describe('outcomes', () => {
  it('labels a code in French and English, and shows an unknown code as it is', () => {
    expect(outcomeLabel('referred')).toBe('orienté');
    expect(outcomeLabel('lost-to-follow-up', 'en')).toBe('lost to follow-up');
    expect(outcomeLabel('cancelled')).toBe('annulé');
    expect(outcomeLabel('legacy-code')).toBe('legacy-code');
  });

  it('adds a CPTS outcome after the base ones, never replacing one', () => {
    const list = outcomeList([
      { code: 'hospitalised', label: { fr: 'hospitalisé', en: 'hospitalised' } },
      { code: 'completed', label: { fr: 'autre', en: 'other' } },
    ]);
    expect(list.map((o) => o.code)).toEqual([...BASE_OUTCOMES.map((o) => o.code), 'hospitalised']);
    expect(outcomeLabel('completed', 'fr', list)).toBe('terminé');
  });

  it('refuses an end step with an unknown outcome at its place, in French', () => {
    const d = minimalDefinition();
    const i = endIndex(d);
    (d.steps[i] as { outcome: string }).outcome = 'finished';
    const r = validate(d);
    expect(r.valid).toBe(false);
    expect(r.errors.map((e) => [e.pointer, e.code])).toEqual([[`/steps/${i}/outcome`, 'unknown-outcome']]);
    expect(r.errors[0]!.message.fr).toContain('issue inconnue « finished »');
  });

  it('accepts a CPTS outcome when the list given to validate holds it', () => {
    const d = minimalDefinition();
    (d.steps[endIndex(d)] as { outcome: string }).outcome = 'hospitalised';
    const extra = [{ code: 'hospitalised', label: { fr: 'hospitalisé', en: 'hospitalised' } }];
    expect(validate(d, { outcomes: outcomeList(extra) }).valid).toBe(true);
  });

  it('the shipped templates end only on listed outcomes', () => {
    for (const def of Object.values(templates)) expect(validate(def).errors).toEqual([]);
  });
});
