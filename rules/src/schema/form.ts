// Form fields of task steps; answers are checked against them by validateAnswers.
import { z } from 'zod';
import { fieldIdSchema, localizedTextSchema } from './common.js';

const base = {
  id: fieldIdSchema,
  label: localizedTextSchema,
  required: z.boolean().optional(),
  help: localizedTextSchema.optional(),
};

export const numberFieldSchema = z.object({
  ...base,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
  integer: z.boolean().optional(),
});
export const booleanFieldSchema = z.object({ ...base, type: z.literal('boolean') });
export const choiceOptionSchema = z.object({ value: z.string(), label: localizedTextSchema });
export const choiceFieldSchema = z.object({
  ...base,
  type: z.literal('choice'),
  options: z.array(choiceOptionSchema).min(1),
  multiple: z.boolean().optional(),
});
export const dateFieldSchema = z.object({ ...base, type: z.literal('date') });
export const textFieldSchema = z.object({
  ...base,
  type: z.literal('text'),
  maxLength: z.number().int().positive().optional(),
});

export const formFieldSchema = z.discriminatedUnion('type', [
  numberFieldSchema,
  booleanFieldSchema,
  choiceFieldSchema,
  dateFieldSchema,
  textFieldSchema,
]);
export type FormField = z.infer<typeof formFieldSchema>;
export type FormFieldType = FormField['type'];
