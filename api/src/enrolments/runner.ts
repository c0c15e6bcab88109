// Runs cohort enrolments in the API process, in the background: POST /api/enrolments only writes the row. A job scans
// the patient base page by page, starts the eligible patients' journeys in concurrent batches through the shared start
// function, and writes its progress after each page. Nobody is enrolled twice: patients with a running journey of the
// parcours are skipped, and the workflow id derived from patient and parcours makes Temporal refuse a duplicate start
// even when two jobs race. Jobs left queued or running by a stopped API are resumed at boot and by a periodic sweep
// (resume()); a resumed job scans again from the start, which the same two guards make harmless. With several API
// replicas, a job is taken with a conditional update: a queued one, or a running one whose row has not moved for
// STALE_AFTER_MS (its process died: a live job touches its row after every page).
import type { Logger } from 'pino';
import type { ApiDeps } from '../deps.ts';
import type { PatientFilter } from '../patients/schemas.ts';
import { scanEligible } from './scan.ts';
import { MAX_STORED_ERRORS } from './schemas.ts';
import { startPage } from './start-page.ts';

export interface RunnerOptions {
  pageSize?: number;
  concurrency?: number;
}

type Deps = Pick<ApiDeps, 'prisma' | 'temporal' | 'config'>;

export const STALE_AFTER_MS = 5 * 60_000;
/** Workflow starts in flight per job (bench/api/starts.ts measured the dev server at 32, 64 and 128). */
export const START_CONCURRENCY = 64;
/** Patients per page: each page ends with its bookkeeping writes while the starts of the page drain. */
export const PAGE_SIZE = 1000;

export class EnrolmentRunner {
  private readonly active = new Map<string, Promise<void>>();
  private stopping = false;
  private sweep: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: Deps,
    private readonly logger: Logger,
    private readonly options: RunnerOptions = {},
  ) {}

  /** Starts the job in the background unless it already runs in this process. */
  kick(id: string): void {
    if (this.stopping || this.active.has(id)) return;
    const run = this.run(id)
      .catch(async (error: unknown) => {
        this.logger.error({ err: error, enrolmentId: id }, 'enrolment failed');
        await this.deps.prisma.enrolment
          .update({
            where: { id },
            data: {
              status: 'failed',
              finishedAt: new Date(),
              errors: [{ patientId: null, message: error instanceof Error ? error.message : String(error) }],
            },
          })
          .catch(() => undefined);
      })
      .finally(() => this.active.delete(id));
    this.active.set(id, run);
  }

  /** Picks up the jobs a previous process left queued or running. */
  async resume(): Promise<number> {
    const pending = await this.deps.prisma.enrolment.findMany({
      where: this.claimable(),
      select: { id: true },
      orderBy: { createdAt: 'asc' },
    });
    for (const { id } of pending) this.kick(id);
    return pending.length;
  }

  /** Resumes abandoned jobs now and every `intervalMs` (the API server calls this at boot). */
  startSweeping(intervalMs = 60_000): Promise<number> {
    this.sweep = setInterval(() => {
      this.resume().catch((error: unknown) => this.logger.error({ err: error }, 'enrolment sweep failed'));
    }, intervalMs);
    this.sweep.unref();
    return this.resume();
  }

  /** Waits for the given job (tests) or for every running job. */
  async idle(id?: string): Promise<void> {
    await (id ? this.active.get(id) : Promise.all(this.active.values()));
  }

  /** Stops taking pages; running jobs stay `running` in the database and resume at the next boot. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.sweep);
    await Promise.allSettled(this.active.values());
  }

  private claimable() {
    return {
      OR: [
        { status: 'queued' as const },
        { status: 'running' as const, updatedAt: { lt: new Date(Date.now() - STALE_AFTER_MS) } },
      ],
    };
  }

  private async run(id: string): Promise<void> {
    const { prisma } = this.deps;
    // Taking the job is one conditional update: of two replicas sweeping at once, only one gets it.
    const { count } = await prisma.enrolment.updateMany({
      where: { id, ...this.claimable() },
      data: { status: 'running' },
    });
    if (!count) return;
    const job = await prisma.enrolment.findUniqueOrThrow({ where: { id } });
    const definition = await prisma.parcoursDefinition.findFirst({
      where: { key: job.parcoursKey, version: job.version, status: 'published' },
    });
    if (!definition) throw new Error(`La version ${job.version} de « ${job.parcoursKey} » n’est plus publiée`);
    // A resumed job starts its counts again, except the journeys it already started, counted from the projection.
    const counts = {
      scanned: 0,
      eligible: 0,
      started: await prisma.journey.count({ where: { enrolmentId: id } }),
      alreadyEnrolled: 0,
      failed: 0,
    };
    const errors: { patientId: string | null; message: string }[] = [];
    await prisma.enrolment.update({
      where: { id },
      data: { status: 'running', startedAt: job.startedAt ?? new Date(), ...counts, errors: [] },
    });
    const fail = (patientId: string, message: string) => {
      counts.failed++;
      if (errors.length < MAX_STORED_ERRORS) errors.push({ patientId, message });
    };

    const pages = scanEligible(prisma, definition.body, job.filter as PatientFilter, {
      pageSize: this.options.pageSize ?? PAGE_SIZE,
    });
    let next = pages.next();
    for (;;) {
      const current = await next;
      if (current.done) break;
      const page = current.value;
      // The next page is read while this one's journeys start. Its failure surfaces when awaited, above.
      next = pages.next();
      next.catch(() => undefined);
      if (this.stopping) return;
      counts.scanned += page.scanned;
      counts.eligible += page.eligible.length;
      for (const bad of page.invalid) fail(bad.patientId, bad.message);
      const running = await prisma.journey.findMany({
        where: { patientId: { in: page.eligible }, parcoursKey: job.parcoursKey, status: 'running' },
        select: { patientId: true, enrolmentId: true },
      });
      const skip = new Set(running.map((r) => r.patientId));
      counts.alreadyEnrolled += running.filter((r) => r.enrolmentId !== id).length;
      const toStart = page.eligible.filter((p) => !skip.has(p));
      if (!job.dryRun && toStart.length) {
        const outcome = await startPage(this.deps, {
          patientIds: toStart,
          definition,
          startedBy: job.createdById,
          enrolmentId: id,
          concurrency: this.options.concurrency ?? START_CONCURRENCY,
        });
        const { started } = outcome;
        counts.alreadyEnrolled += outcome.already;
        for (const bad of outcome.failed) fail(bad.patientId, bad.message);
        counts.started += started.length;
        // Each started journey is a write of patient data by the job's author: one audit row each.
        await prisma.auditEvent.createMany({
          data: started.map((s) => ({
            actorId: job.createdById,
            actorRole: 'coordinator',
            action: 'start',
            resource: 'journey',
            resourceId: s.journeyId,
            patientId: s.patientId,
            details: { enrolmentId: id, parcoursKey: job.parcoursKey, version: job.version },
          })),
        });
      }
      await prisma.enrolment.update({ where: { id }, data: { ...counts, errors } });
    }
    await prisma.enrolment.update({
      where: { id },
      data: { ...counts, errors, status: 'completed', finishedAt: new Date() },
    });
    this.logger.info({ enrolmentId: id, ...counts }, 'enrolment completed');
  }
}
