// Users as the admin manages them; the password hash never leaves the database.
import { z } from 'zod';
import { inseeCode } from '../communes/schemas.ts';
import { PROFESSIONS } from '@parcours/rules';
import { RPPS_PATTERN } from '@parcours/rules/contract';
import { roles } from '../auth/tokens.ts';

const fields = {
  email: z.string().trim().toLowerCase().email().max(254),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(roles),
  profession: z.enum(PROFESSIONS).nullable(),
  rpps: z.string().regex(RPPS_PATTERN, 'numéro RPPS à 11 chiffres').nullable(),
  /** Where the professional practises: INSEE code of one of the CPTS's communes. */
  communeCode: inseeCode.nullable(),
  /** The communes the professional covers (home visits): INSEE codes of the CPTS's communes. */
  coveredCommunes: z.array(inseeCode).max(200),
  active: z.boolean(),
  password: z.string().min(12, 'au moins 12 caractères').max(200),
};
const professionRequired = (u: { role?: string; profession?: string | null }, ctx: z.RefinementCtx) => {
  if (u.role === 'professional' && !u.profession)
    ctx.addIssue({ code: 'custom', path: ['profession'], message: 'profession requise pour un professionnel' });
};

export const userCreate = z
  .strictObject({
    ...fields,
    profession: fields.profession.optional(),
    rpps: fields.rpps.optional(),
    communeCode: fields.communeCode.optional(),
    coveredCommunes: fields.coveredCommunes.default([]),
    active: fields.active.default(true),
  })
  .superRefine(professionRequired)
  .meta({ id: 'UserCreate' });
export const userUpdate = z
  .strictObject({
    ...fields,
    id: z.string().optional(),
    createdAt: z.unknown(),
    updatedAt: z.unknown(),
    // Answered with the user, edited on the pool pages: accepted back from the form and ignored.
    poolKeys: z.unknown(),
  })
  .partial()
  .superRefine(professionRequired)
  .meta({ id: 'UserUpdate' });
export const userFilter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: z.enum(roles).optional(),
  profession: z.string().max(40).optional(),
  active: z.boolean().optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});
export const professionalFilter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  profession: z.string().max(40).optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});

export const userSelect = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  profession: true,
  rpps: true,
  communeCode: true,
  coveredCommunes: { select: { communeCode: true }, orderBy: { communeCode: 'asc' } },
  poolMemberships: { select: { poolKey: true }, orderBy: { poolKey: 'asc' } },
  active: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Selected = { coveredCommunes: { communeCode: string }[]; poolMemberships: { poolKey: string }[] };
/** A user as the API answers it: the covered communes as INSEE codes, the pools they belong to as keys (read-only). */
export function presentUser<U extends Selected>({ poolMemberships, ...u }: U) {
  return {
    ...u,
    coveredCommunes: u.coveredCommunes.map((c) => c.communeCode),
    poolKeys: poolMemberships.map((m) => m.poolKey),
  };
}
