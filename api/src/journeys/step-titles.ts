// Step titles and parcours titles of pinned definitions, so screens name steps by their titles, never their ids.
// Published definitions never change, so what was read once is kept (bounded: a CPTS has a few dozen versions).
import type { LocalizedText, ParcoursDefinition, Step } from '@parcours/rules';
import type { ApiDeps } from '../deps.ts';

export interface DefinitionLabels {
  title: LocalizedText;
  steps: Map<string, Step>;
}

const cache = new Map<string, DefinitionLabels>();
const MAX_CACHED = 200;

/** The labels of each given definition id (unknown ids are absent). */
export async function definitionLabels(
  prisma: ApiDeps['prisma'],
  ids: readonly string[],
): Promise<Map<string, DefinitionLabels>> {
  const missing = [...new Set(ids)].filter((id) => !cache.has(id));
  if (missing.length) {
    const rows = await prisma.parcoursDefinition.findMany({
      where: { id: { in: missing } },
      select: { id: true, status: true, body: true },
    });
    for (const row of rows) {
      const body = row.body as unknown as ParcoursDefinition;
      const labels = { title: body.title, steps: new Map((body.steps ?? []).map((s) => [s.id, s])) };
      if (row.status === 'draft') continue; // a draft can still change; journeys never run one
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
      cache.set(row.id, labels);
    }
  }
  return new Map(ids.flatMap((id) => (cache.has(id) ? [[id, cache.get(id)!] as const] : [])));
}

/** A step's title, or its id when the definition gives none. */
export function stepTitle(labels: DefinitionLabels | undefined, stepId: string | null): LocalizedText | null {
  if (!stepId) return null;
  return labels?.steps.get(stepId)?.title ?? { fr: stepId };
}
