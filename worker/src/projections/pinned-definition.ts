// A published parcours row as the journey pins it: id, key, version, hash and body, copied into the workflow's input so
// the journey keeps following the version it started on. One mapping for every start (the API's, the enrolments', the
// demo motion's, the tests') and for a subparcours.
import type { ParcoursDefinition } from '@parcours/rules';
import type { PrismaClient } from '@parcours/db';
import type { PinnedDefinition } from '../workflows/types.ts';

export interface DefinitionRow {
  id: string;
  key: string;
  version: number | null;
  hash: string | null;
  body: unknown;
}

/** The snapshot a journey pins, or null when the row is not a published version (no version or hash yet). */
export function pinnedDefinition(row: DefinitionRow): PinnedDefinition | null {
  if (row.version == null || !row.hash) return null;
  return { id: row.id, key: row.key, version: row.version, hash: row.hash, body: row.body as ParcoursDefinition };
}

/** The latest published version of a key, or the given version if it is published (retired ones start nothing). */
export async function findPublishedDefinition(
  prisma: PrismaClient,
  key: string,
  version?: number,
): Promise<PinnedDefinition | null> {
  const row = await prisma.parcoursDefinition.findFirst({
    where: { key, status: 'published', ...(version ? { version } : {}) },
    orderBy: { version: 'desc' },
  });
  return row && pinnedDefinition(row);
}
