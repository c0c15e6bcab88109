// Small schemas shared by several routes.
import { z } from 'zod';

export const idParams = z.object({ id: z.string().uuid() });
export const parcoursKeySchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant en minuscules, chiffres et tirets');
export const localized = z.object({ fr: z.string(), en: z.string().optional() });
