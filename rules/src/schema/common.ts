// Shared building blocks of the v1 format: localized text, identifiers, ISO-8601 durations.
import { z } from 'zod';

import { FIELD_ID_PATTERN, ISO_DURATION_PATTERN, SLUG_PATTERN } from './patterns.js';

export { FIELD_ID_PATTERN, ISO_DURATION_PATTERN, SLUG_PATTERN };

export const localizedTextSchema = z
  .object({ fr: z.string().min(1), en: z.string().optional() })
  .describe('Text shown to users; French is required, English optional');
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const slugSchema = z.string().regex(SLUG_PATTERN);
export const fieldIdSchema = z.string().regex(FIELD_ID_PATTERN);
export const durationSchema = z
  .string()
  .regex(ISO_DURATION_PATTERN)
  .describe('ISO-8601 duration, e.g. P14D, PT48H, P6M, P1Y (months and years follow the calendar)');
