import { describe, expect, it } from 'vitest';
import { devServerSearchAttributeFlags, JOURNEY_SEARCH_ATTRIBUTES } from './search-attribute-keys.ts';

describe('journey search attributes', () => {
  it('registers every key on the dev server with the CLI type names', () => {
    expect(devServerSearchAttributeFlags()).toEqual([
      '--search-attribute',
      'ParcoursPatientId=Keyword',
      '--search-attribute',
      'ParcoursKey=Keyword',
      '--search-attribute',
      'ParcoursVersion=Int',
      '--search-attribute',
      'ParcoursStatus=Keyword',
    ]);
    expect(JOURNEY_SEARCH_ATTRIBUTES.map((k) => k.name)).toHaveLength(4);
  });
});
