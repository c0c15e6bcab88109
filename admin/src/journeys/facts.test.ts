import { describe, expect, it } from 'vitest';
import { factRowError, factSuggestions, suggestionFor, toFacts, type FactRow } from './facts';

const row = (id: number, key: string, type: FactRow['type'], value: string): FactRow => ({ id, key, type, value });

describe('fact suggestions', () => {
  it('offer the patient catalogue with its types, and the everyday custom facts', () => {
    expect(suggestionFor('hasMedecinTraitant')?.type).toBe('boolean');
    expect(suggestionFor('sex')?.values).toEqual(['F', 'M', 'X']);
    expect(suggestionFor('hba1c')?.type).toBe('number');
    expect(factSuggestions.every((s) => !s.key.startsWith('$'))).toBe(true);
  });
});

describe('toFacts', () => {
  it('types each value as its row says', () => {
    expect(
      toFacts([
        row(1, 'hba1c', 'number', '8.1'),
        row(2, 'hba1cDate', 'date', '2026-11-20'),
        row(3, 'readmission', 'boolean', 'true'),
        row(4, 'conditions', 'string[]', 'diabete, hta ,'),
      ]),
    ).toEqual({ hba1c: 8.1, hba1cDate: '2026-11-20', readmission: true, conditions: ['diabete', 'hta'] });
  });
});

describe('factRowError', () => {
  it('refuses bad keys, duplicates, empty values and non-numbers', () => {
    const rows = [row(1, 'hba1c', 'number', '8,1'), row(2, 'hba1c', 'number', '7')];
    expect(factRowError(rows[0]!, rows)).toBe('parcours.journeys.facts.duplicate_key');
    expect(factRowError(row(3, 'hba1c', 'number', 'huit'), [])).toBe('parcours.journeys.facts.invalid_number');
    expect(factRowError(row(3, 'taux hba1c', 'number', '8'), [])).toBe('parcours.journeys.facts.invalid_key');
    expect(factRowError(row(3, 'readmission', 'boolean', ''), [])).toBe('parcours.journeys.facts.required');
    expect(factRowError(row(3, 'readmission', 'boolean', 'false'), [])).toBeUndefined();
  });
});
