// A named pool of the CPTS as the organisers create and edit it, and as the API answers it.
import { z } from 'zod';
import { POOL_KEY_PATTERN } from '@parcours/rules/contract';

/** The key parcours definitions name (`assignee: { pool: "ide-referente" }`): fixed once created. */
export const poolKey = z
  .string()
  .trim()
  .max(60)
  .regex(POOL_KEY_PATTERN, 'identifiant en minuscules, chiffres et tirets (ex. ide-referente)');
export const poolParams = z.object({ id: poolKey });

const fields = {
  label: z.string().trim().min(1, 'libellé requis').max(200),
  description: z.string().trim().max(2000).nullable(),
  /** The professionals in the pool (active accounts of role professional). */
  memberIds: z.array(z.string().uuid()).max(500),
};

export const poolCreate = z
  .strictObject({
    key: poolKey,
    ...fields,
    description: fields.description.optional(),
    memberIds: fields.memberIds.default([]),
  })
  .meta({ id: 'PoolCreate' });
/** react-admin sends the whole record back: the computed fields are accepted and ignored; the key cannot change. */
export const poolUpdate = z
  .strictObject({
    ...fields,
    id: z.string().max(60),
    key: z.string().max(60),
    members: z.unknown(),
    memberCount: z.unknown(),
    createdAt: z.unknown(),
    updatedAt: z.unknown(),
  })
  .partial()
  .meta({ id: 'PoolUpdate' });

export const poolFilter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: z.array(z.string().max(60)).max(500).optional(),
  /** The pools a user belongs to (the user page). */
  memberId: z.string().uuid().optional(),
});

export const poolSelect = {
  key: true,
  label: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  members: {
    select: { user: { select: { id: true, displayName: true, profession: true } } },
    orderBy: { user: { displayName: 'asc' } },
  },
} as const;

type Selected = {
  key: string;
  members: { user: { id: string; displayName: string; profession: string | null } }[];
};
/** A pool as the API answers it: `id` is its key, its members with their profession and their count. */
export function presentPool<P extends Selected>({ members, ...pool }: P) {
  const people = members.map((m) => m.user);
  return {
    id: pool.key,
    ...pool,
    memberIds: people.map((p) => p.id),
    members: people,
    memberCount: people.length,
  };
}
