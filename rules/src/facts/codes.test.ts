import { describe, expect, it } from 'vitest';
import { codeCatalogue, codeLabel, codeSystemOf, searchCodes } from './codes.js';

const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

describe('coded facts catalogue', () => {
  it('finds a pathology by its French label, whatever the case and accents', () => {
    expect(codes(searchCodes('conditions', 'diabète'))).toEqual(['diabete-type-1', 'diabete-type-2']);
    expect(codes(searchCodes('conditions', 'DIABETE type 2'))).toEqual(['diabete-type-2']);
    expect(codes(searchCodes('conditions', 'cardiaque'))).toEqual(['insuffisance-cardiaque']);
  });

  it('finds an ALD by label or by its number, the exact number first', () => {
    expect(codes(searchCodes('ald', 'alzheimer'))).toEqual(['15']);
    expect(codes(searchCodes('ald', '1')).slice(0, 2)).toEqual(['1', '10']);
    expect(codes(searchCodes('ald', 'diabète'))).toEqual(['8']);
  });

  it('ranks codes before labels, and labels where a word starts with the search before the others', () => {
    // '19' starts with 1; « type 1 » (ALD 8) has a word that does; « ALD 31 » only contains it.
    const found = codes(searchCodes('ald', '1'));
    expect(found.indexOf('19')).toBeLessThan(found.indexOf('8'));
    expect(found.indexOf('8')).toBeLessThan(found.indexOf('31'));
  });

  it('gives the whole list for an empty search and nothing for an unknown word', () => {
    expect(searchCodes('ald', '  ')).toHaveLength(codeCatalogue.ald.length);
    expect(searchCodes('conditions', 'zzz')).toEqual([]);
  });

  it('knows which facts are coded, and the label of a code', () => {
    expect(codeSystemOf('patient', '$.ald')).toBe('ald');
    expect(codeSystemOf('patient', '$.conditions')).toBe('conditions');
    expect(codeSystemOf('patient', '$.age')).toBeUndefined();
    expect(codeSystemOf('journey', '$.conditions')).toBeUndefined();
    expect(codeLabel('conditions', 'bpco')?.fr).toMatch(/BPCO/);
    expect(codeLabel('conditions', 'local-code')).toBeUndefined();
  });

  it('has unique codes, each in the format patients accept', () => {
    for (const [system, list] of Object.entries(codeCatalogue)) {
      expect(new Set(codes([...list])).size, system).toBe(list.length);
      const pattern = system === 'ald' ? /^[A-Za-z0-9.-]+$/ : /^[a-z0-9][a-z0-9-]*$/;
      for (const v of list) expect(v.code, system).toMatch(pattern);
    }
  });
});
