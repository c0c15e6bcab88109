// Writes rules/schema/parcours.schema.json from the zod schema: `npx tsx rules/scripts/export-json-schema.ts`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parcoursJsonSchema } from '../src/schema/json-schema.js';

const target = fileURLToPath(new URL('../schema/parcours.schema.json', import.meta.url));
// Formatted with the repository's prettier settings so `prettier --check` stays green after a regeneration.
const options = (await resolveConfig(target)) ?? {};
writeFileSync(target, await format(JSON.stringify(parcoursJsonSchema()), { ...options, filepath: target }));
console.log(`wrote ${target}`);
