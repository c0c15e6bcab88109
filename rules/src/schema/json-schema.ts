// JSON Schema of the format for editors, generated from the zod schema (the single source of truth).
import { z } from 'zod';
import { parcoursDefinitionSchema } from './definition.js';

/** The JSON Schema (draft 2020-12) of a parcours definition as authored. */
export function parcoursJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(parcoursDefinitionSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://parcours.dev/schema/parcours.schema.json',
    title: 'Parcours definition (format v1)',
  };
}
