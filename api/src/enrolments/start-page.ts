// Starts the journeys of one page of an enrolment, concurrently, the way POST /api/journeys does
// (startJourneyWorkflow: id, memo, search attributes, id policies; the definition body in each start's input, as the
// journey pins it). The journeys' projection rows (with their audit rows) go in a few multi-row inserts (rows of starts that completed while
// the previous insert ran go together) instead of one upsert per patient (20,000 round trips for a 20,000-patient
// cohort); written at once rather than at the end of the page, because the workflow's first activity upserts the same
// row and the later this insert comes, the likelier the two collide (harmless, the activity retries, but noisy).
import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { ParcoursDefinition } from '@parcours/rules';
import { insertJourneyStarts, journeyWorkflowId, startJourneyWorkflow } from '@parcours/worker';
import type { ApiDeps } from '../deps.ts';
import type { PublishedDefinition } from '../journeys/start.ts';

export interface PageOutcome {
  started: { patientId: string; journeyId: string }[];
  already: number;
  failed: { patientId: string; message: string }[];
}

export async function startPage(
  deps: Pick<ApiDeps, 'prisma' | 'temporal' | 'config' | 'temporalSearchAttributes'>,
  args: {
    patientIds: string[];
    definition: PublishedDefinition;
    startedBy: string | null;
    /** Role of the job's author, for the audit rows. */
    actorRole: string | null;
    enrolmentId: string;
    concurrency: number;
  },
): Promise<PageOutcome> {
  const { definition } = args;
  if (!definition.version || !definition.hash) throw new Error(`Definition ${definition.id} is not published`);
  const pinned = {
    id: definition.id,
    key: definition.key,
    version: definition.version,
    hash: definition.hash,
    body: definition.body as ParcoursDefinition,
  };
  const outcome: PageOutcome = { started: [], already: 0, failed: [] };
  const rows = new RowWriter(async (batch: { patientId: string; journeyId: string }[]) => {
    try {
      // Each row goes with its `start` audit row, in one transaction (a crash cannot leave one without the other);
      // rows the workflow's first activity wrote first already have theirs.
      await insertJourneyStarts(
        deps.prisma,
        batch.map((s) => ({
          id: s.journeyId,
          workflowId: journeyWorkflowId(definition.key, s.patientId),
          patientId: s.patientId,
          definitionId: definition.id,
          parcoursKey: definition.key,
          parcoursVersion: pinned.version,
          startedById: args.startedBy,
          enrolmentId: args.enrolmentId,
        })),
        {
          actorRole: args.actorRole,
          details: { enrolmentId: args.enrolmentId, parcoursKey: definition.key, version: pinned.version },
        },
      );
      outcome.started.push(...batch);
    } catch (error) {
      // As when the single upsert failed: reported per patient (the worker's activity still writes the rows).
      const message = error instanceof Error ? error.message : String(error);
      outcome.failed.push(...batch.map((s) => ({ patientId: s.patientId, message })));
    }
  });
  await inBatches(args.patientIds, args.concurrency, async (patientId) => {
    const journeyId = randomUUID();
    try {
      await startJourneyWorkflow(deps.temporal, {
        taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
        journeyId,
        patientId,
        startedBy: args.startedBy,
        enrolmentId: args.enrolmentId,
        searchAttributes: deps.temporalSearchAttributes ?? true,
        definition: pinned,
      });
      rows.add({ patientId, journeyId });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) outcome.already++;
      else outcome.failed.push({ patientId, message: error instanceof Error ? error.message : String(error) });
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
