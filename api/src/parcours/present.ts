// The list/detail shape of a parcours row, with the number of running journeys pinned to it.
import type { PrismaClient } from '@parcours/db';
import type { Issue, ValidationResult } from '@parcours/rules';
import type { Parcours, ParcoursRow } from '@parcours/rules/contract';

interface DefinitionRow {
  id: string;
  key: string;
  version: number | null;
  status: 'draft' | 'published' | 'retired';
  title: string;
  body: unknown;
  hash: string | null;
  publishedAt: Date | null;
  retiredAt: Date | null;
  templateKey: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export async function presentRows(
  prisma: PrismaClient,
  rows: DefinitionRow[],
  withBody = false,
): Promise<(ParcoursRow<Date> | Parcours<Date>)[]> {
  const counts = rows.length
    ? await prisma.journey.groupBy({
        by: ['definitionId'],
        where: { definitionId: { in: rows.map((r) => r.id) }, status: 'running' },
        _count: { _all: true },
      })
    : [];
  const running = new Map(counts.map((c) => [c.definitionId, c._count._all]));
  return rows.map(({ body, ...r }) => ({
    ...r,
    runningJourneys: running.get(r.id) ?? 0,
    ...(withBody ? { body } : {}),
  }));
}

/** Issues of rules/ validate() in the API's report shape (code, parameters and location for clients' own messages). */
export function report(result: Pick<ValidationResult, 'valid' | 'errors' | 'warnings'>) {
  const strip = ({ pointer, code, params, location, message }: Issue) => ({ pointer, code, params, location, message });
  return { ok: result.valid, errors: result.errors.map(strip), warnings: result.warnings.map(strip) };
}
