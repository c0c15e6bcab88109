// Starts the journeys of one page of an enrolment, concurrently, with the worker's startJourney as POST /api/journeys
// does (id, memo, search attributes, id policies; the pinned definition in each start's input). The journeys'
// projection rows (with their audit rows) go in a few multi-row inserts (rows of starts that completed while the
// previous insert ran go together) instead of one upsert per patient (20,000 round trips for a 20,000-patient cohort);
// written at once rather than at the end of the page, because the workflow's first activity upserts the same row and
// the later this insert comes, the likelier the two collide (harmless, the activity retries, but noisy).
import { insertJourneyStarts, startJourney } from '@parcours/worker';
import type { JourneyStartRow, PinnedDefinition } from '@parcours/worker';
import type { ApiDeps } from '../deps.ts';
import { prefetchingObjectionReader } from './objection-reads.ts';

export interface PageOutcome {
  started: { patientId: string; journeyId: string }[];
  already: number;
  /** Patients who objected between the scan and their start (startJourney refused them). */
  objecting: number;
  failed: { patientId: string; message: string }[];
}

export async function startPage(
  deps: Pick<ApiDeps, 'prisma' | 'temporal' | 'config' | 'temporalSearchAttributes'>,
  args: {
    patientIds: string[];
    definition: PinnedDefinition;
    startedBy: string | null;
    /** Role of the job's author, for the audit rows. */
    actorRole: string | null;
    enrolmentId: string;
    concurrency: number;
  },
): Promise<PageOutcome> {
  const { definition } = args;
  const outcome: PageOutcome = { started: [], already: 0, objecting: 0, failed: [] };
  const rows = new RowWriter(async (batch: JourneyStartRow[]) => {
    try {
      // Each row goes with its `start` audit row, in one transaction (a crash cannot leave one without the other);
      // rows the workflow's first activity wrote first already have theirs.
      await insertJourneyStarts(deps.prisma, batch, {
        actorRole: args.actorRole,
        details: { enrolmentId: args.enrolmentId, parcoursKey: definition.key, version: definition.version },
      });
      outcome.started.push(...batch.map((r) => ({ patientId: r.patientId, journeyId: r.id })));
    } catch (error) {
      // As when the single upsert failed: reported per patient (the worker's activity still writes the rows).
      const message = error instanceof Error ? error.message : String(error);
      outcome.failed.push(...batch.map((r) => ({ patientId: r.patientId, message })));
    }
  });
  const readObjection = prefetchingObjectionReader(deps.prisma, args.patientIds, args.concurrency);
  await inBatches(args.patientIds, args.concurrency, async (patientId) => {
    try {
      const started = await startJourney(deps.temporal, {
        prisma: deps.prisma,
        readObjection,
        taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
        patientId,
        startedBy: args.startedBy,
        enrolmentId: args.enrolmentId,
        searchAttributes: deps.temporalSearchAttributes ?? true,
        definition,
      });
      if (started.status === 'already') outcome.already++;
      else if (started.status === 'objecting') outcome.objecting++;
      else rows.add(started.row);
    } catch (error) {
      outcome.failed.push({ patientId, message: error instanceof Error ? error.message : String(error) });
    }
  });
  await rows.flushed();
  return outcome;
}

/** Group commit: rows added while a write is in flight are written together by the next one, one write at a time. */
class RowWriter<T> {
  private pending: T[] = [];
  private chain: Promise<void> = Promise.resolve();
  private queued = false;

  constructor(private readonly write: (rows: T[]) => Promise<void>) {}

  add(row: T): void {
    this.pending.push(row);
    if (this.queued) return;
    this.queued = true;
    this.chain = this.chain.then(() => {
      this.queued = false;
      return this.write(this.pending.splice(0));
    });
  }

  /** Resolves when every added row has been written (write never rejects: it reports its own failures). */
  flushed(): Promise<void> {
    return this.chain;
  }
}

/** Runs fn over items with at most `concurrency` calls in flight. */
async function inBatches<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(lanes);
}
