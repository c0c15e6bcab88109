// The objection check of a page's starts, one query for many. startJourney reads each patient's objection just
// before its start (so that no start path misses it); one query per start was 20,000 round trips for a 20,000-patient
// cohort, each with Prisma's and pg's CPU in the API and a connection taken from its small pool. Here the read for a
// patient also reads the next patients of the page, in the order the starts take them (as many as are in flight), and
// those answers serve their own checks if they come within MAX_AGE_MS; older ones are read again. So an objection
// recorded less than MAX_AGE_MS before a start may be missed by its check, a window of the same order as the one that
// already lies between any check and the journey row the objection's cancellation looks for (the start RPC).
import { currentObjections, type CurrentObjection, type PrismaClient } from '@parcours/db';

export type ObjectionReader = (patientId: string) => Promise<CurrentObjection | null>;

export const MAX_AGE_MS = 1000;

export function prefetchingObjectionReader(
  prisma: Pick<PrismaClient, 'patientSayEvent'>,
  /** The patients of the page, in the order their starts are taken. */
  patientIds: readonly string[],
  /** Patients read per query: the starts in flight. */
  ahead: number,
): ObjectionReader {
  const position = new Map(patientIds.map((id, i) => [id, i]));
  const read = new Map<string, { at: number; objection: Promise<CurrentObjection | null> }>();
  const asked = new Set<string>();
  return (patientId) => {
    asked.add(patientId);
    const early = read.get(patientId);
    read.delete(patientId);
    if (early && performance.now() - early.at <= MAX_AGE_MS) return early.objection;
    const ids = [patientId];
    for (let i = (position.get(patientId) ?? patientIds.length) + 1; i < patientIds.length; i++) {
      if (ids.length >= ahead) break;
      const next = patientIds[i]!;
      if (!asked.has(next) && !read.has(next)) ids.push(next);
    }
    const at = performance.now();
    const found = currentObjections(prisma, ids);
    for (const id of ids.slice(1)) {
      const objection = found.then((map) => map.get(id) ?? null);
      // Its own check sees the failure; an answer nobody comes for must not be an unhandled rejection.
      objection.catch(() => undefined);
      read.set(id, { at, objection });
    }
    return found.then((map) => map.get(patientId) ?? null);
  };
}
