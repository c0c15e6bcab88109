import { describe, expect, it } from 'vitest';
import { fieldIdFromLabel, isGeneratedFieldId } from './ids';

describe('field ids from labels', () => {
  it('camel-cases the label without accents or punctuation', () => {
    expect(fieldIdFromLabel('Nombre de chutes dans l’année')).toBe('nombreDeChutesDansLAnnee');
    expect(fieldIdFromLabel('5 levers de chaise (secondes)')).toBe('leversDeChaiseSecondes');
    expect(fieldIdFromLabel('   ')).toBe('');
  });

  it('follows the label only while the id was never typed by hand', () => {
    expect(isGeneratedFieldId('champ3', '')).toBe(true);
    expect(isGeneratedFieldId('poids', 'Poids')).toBe(true);
    expect(isGeneratedFieldId('weightKg', 'Poids')).toBe(false);
  });
});
