// The named pools the shipped templates fall back to (the referent nurse, the coordination), as the demo seed has them.
// A task resolved to a pool points at its row, so a database running the templates must have them.
import type { PrismaClient } from '@parcours/db';

export const TEMPLATE_POOLS = [
  { key: 'ide-referente', label: 'IDE référente de la CPTS' },
  { key: 'coordination-cpts', label: 'Cellule de coordination' },
] as const;

/**
 * Creates the templates' pools if this database does not have them yet, with `members` added (publishing a template
 * checks its fallbacks reach someone: a pool needs an active member).
 */
export async function ensureTemplatePools(
  prisma: PrismaClient,
  members: Partial<Record<(typeof TEMPLATE_POOLS)[number]['key'], string[]>> = {},
): Promise<void> {
  for (const { key, label } of TEMPLATE_POOLS) {
    await prisma.pool.upsert({ where: { key }, create: { key, label }, update: {} });
    const userIds = members[key] ?? [];
    if (userIds.length)
      await prisma.poolMember.createMany({
        data: userIds.map((userId) => ({ poolKey: key, userId })),
        skipDuplicates: true,
      });
  }
}
