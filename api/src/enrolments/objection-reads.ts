// The objection check of a page's starts, one query for many: startJourney still reads each patient's objection just
// before its start (so none is missed, even one recorded while the page runs), but the reads asked while a query is in
// flight go together in the next one. With 64 starts in flight that is a few queries a second instead of one per start
// (20,000 for a 20,000-patient cohort), each a round trip and a pooled connection taken from the API's small pool.
import { currentObjections, type CurrentObjection, type PrismaClient } from '@parcours/db';

export type ObjectionReader = (patientId: string) => Promise<CurrentObjection | null>;

export function batchedObjectionReader(prisma: Pick<PrismaClient, 'patientSayEvent'>): ObjectionReader {
  let waiting = new Map<string, ((found: CurrentObjection | null) => void)[]>();
  let failures: ((error: unknown) => void)[] = [];
  let inFlight = false;

  const flush = async (): Promise<void> => {
    inFlight = true;
    while (waiting.size) {
      const batch = waiting;
      const rejects = failures;
      waiting = new Map();
      failures = [];
      try {
        const found = await currentObjections(prisma, [...batch.keys()]);
        for (const [patientId, resolves] of batch)
          for (const resolve of resolves) resolve(found.get(patientId) ?? null);
      } catch (error) {
        for (const reject of rejects) reject(error);
      }
    }
    inFlight = false;
  };

  return (patientId) =>
    new Promise((resolve, reject) => {
      const resolves = waiting.get(patientId);
      if (resolves) resolves.push(resolve);
      else waiting.set(patientId, [resolve]);
      failures.push(reject);
      // The first read of an idle reader waits for the current tick's other reads; later ones join the next query.
      if (!inFlight) {
        inFlight = true;
        setImmediate(() => void flush());
      }
    });
}
