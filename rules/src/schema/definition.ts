// The whole v1 definition: the single source of truth for files, API, CLI and editor.
import { z } from 'zod';
import { localizedTextSchema, slugSchema, FIELD_ID_PATTERN } from './common.js';
import { conditionSchema } from './condition.js';
import { stepSchema } from './steps.js';

/**
 * Optional addition to v1: named, editable values of a template (thresholds, intervals). The definition keeps the
 * literal value at each target (JSON pointer), so engines need no knowledge of parameters; editors show them as a form.
 */
export const parameterSchema = z.object({
  id: z.string().regex(FIELD_ID_PATTERN),
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  type: z.enum(['number', 'duration', 'string', 'boolean']),
  unit: z.string().optional(),
  unverified: z.boolean().optional().describe('true when the default could not be confirmed from a source'),
  targets: z.array(z.string().startsWith('/')).min(1).describe('JSON pointers of the values this parameter sets'),
});
export type Parameter = z.infer<typeof parameterSchema>;

/**
 * Optional addition to v1: where the editor draws each step (diagram coordinates). Presentation only: the engine,
 * validation of behaviour and the simulator never read it.
 */
export const layoutSchema = z
  .object({
    positions: z
      .record(z.string(), z.object({ x: z.number().finite(), y: z.number().finite() }))
      .describe('Diagram position of each step, by step id'),
  })
  .describe('Editor presentation metadata, ignored by the engine');
export type Layout = z.infer<typeof layoutSchema>;

export const parcoursDefinitionSchema = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1).default(1),
    key: slugSchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    category: z.string().optional(),
    eligibility: conditionSchema,
    parameters: z.array(parameterSchema).optional(),
    start: slugSchema,
    steps: z.array(stepSchema).min(1),
    layout: layoutSchema.optional(),
  })
  .describe('A parcours (care pathway) definition, format v1');
export type ParcoursDefinition = z.infer<typeof parcoursDefinitionSchema>;
/** The definition as authored (defaults not yet applied). */
export type ParcoursDefinitionInput = z.input<typeof parcoursDefinitionSchema>;
