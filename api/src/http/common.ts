// Small schemas shared by several routes.
import { z } from 'zod';

export const idParams = z.object({ id: z.string().uuid() });
export const parcoursKeySchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant en minuscules, chiffres et tirets');
/** PostgreSQL `integer`: larger values are a 400/422 here, not an overflow error (a 500) in the database. */
export const INT32_MAX = 2_147_483_647;
export const positiveInt32 = z.number().int().min(1).max(INT32_MAX);
/** A calendar day that exists (2023-02-29 and 2023-02-31 do not), as AAAA-MM-JJ. */
export const calendarDay = z.iso.date({ message: 'date inexistante ou au mauvais format (AAAA-MM-JJ)' });
/** An instant with its offset, on a day that exists. */
export const instant = z.iso.datetime({ offset: true, message: 'date-heure ISO 8601 invalide ou inexistante' });
export const localized = z.object({ fr: z.string(), en: z.string().optional() });
