// The one definition of a commune's INSEE code and of a commune as created or renamed, used by the commune routes and by
// every body that names a commune (patients, users).
import { z } from 'zod';
import { INSEE_CODE_PATTERN } from '@parcours/rules/contract';

const inseeMessage = 'code INSEE à 5 caractères : le département (01 à 95, 2A, 2B, 971…) puis le numéro de la commune';

/** An INSEE commune code; `2a001` is read as `2A001`. */
export const inseeCode = z.string().trim().toUpperCase().regex(INSEE_CODE_PATTERN, inseeMessage);

export const communeParams = z.object({ id: inseeCode });

const name = z.string().trim().min(1, 'nom requis').max(100);

export const communeCreate = z.strictObject({ inseeCode, name }).meta({ id: 'CommuneCreate' });
/** A rename: react-admin sends the whole record back; its code, if sent, must be the commune's own. */
export const communeUpdate = z
  .strictObject({ name, id: z.string().max(5).optional(), inseeCode: z.string().max(5).optional() })
  .meta({ id: 'CommuneUpdate' });

export const communeFilter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: z.array(z.string().max(5)).max(500).optional(),
});

export const presentCommune = (c: { inseeCode: string; name: string }) => ({ id: c.inseeCode, ...c });
