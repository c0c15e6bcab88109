import { describe, expect, it } from 'vitest';
import { fieldIdFromLabel, idForLabel } from './ids';

describe('field ids from labels', () => {
  it('camel-cases the label without accents or punctuation', () => {
    expect(fieldIdFromLabel('Nombre de chutes dans l’année')).toBe('nombreDeChutesDansLAnnee');
    expect(fieldIdFromLabel('5 levers de chaise (secondes)')).toBe('leversDeChaiseSecondes');
    expect(fieldIdFromLabel('   ')).toBe('');
  });

  it('follows the label only while the field follows it, and stays unique in the step', () => {
    expect(idForLabel('champ1', true, 'Lésion suspecte', new Set())).toBe('lesionSuspecte');
    // Typed by hand (or loaded from a saved definition): the label never rewrites it.
    expect(idForLabel('lesionSuspecte', false, 'Lésion suspecte (critères ABCDE)', new Set())).toBe('lesionSuspecte');
    expect(idForLabel('champ2', true, 'Poids', new Set(['poids']))).toBe('poids2');
    expect(idForLabel('champ2', true, '  ', new Set())).toBe('champ2');
  });
});
