import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parcoursJsonSchema } from './json-schema.js';

describe('JSON Schema export', () => {
  it('the committed rules/schema/parcours.schema.json equals the generated one (run rules/scripts/export-json-schema.ts)', () => {
    const committed = readFileSync(new URL('../../schema/parcours.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(committed)).toEqual(parcoursJsonSchema());
  });
  it('describes steps by type and durations by pattern', () => {
    const text = JSON.stringify(parcoursJsonSchema());
    for (const t of ['task', 'wait', 'decision', 'notify', 'subparcours', 'end'])
      expect(text).toContain(`"const":"${t}"`);
    expect(text).toContain('"pattern":"^P(?!$)');
  });
});
