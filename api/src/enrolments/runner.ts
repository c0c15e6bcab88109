// Runs cohort enrolments in the API process, in the background: POST /api/enrolments only writes the row. A job scans
// the patient base page by page, starts the eligible patients' journeys in concurrent batches through the shared start
// function, and writes its progress after each page. Nobody is enrolled twice: patients with a running journey of the
// parcours are skipped, and the workflow id derived from patient and parcours makes Temporal refuse a duplicate start
// even when two jobs race.
//
// A running job holds a lease on its row: the owning process renews it every HEARTBEAT_MS for LEASE_MS. Every process
// sweeps every SWEEP_MS for jobs that are queued or whose lease has lapsed (their owner died, or stopped and released
// it) and takes them with one conditional update, so of several replicas exactly one gets each job. A job is therefore
// taken back within LEASE_MS + SWEEP_MS (20 s) of its owner dying, by another process or by the owner's next boot. A
// process that finds its lease gone (it stalled past LEASE_MS and another took over) stops the job at the next page.
// A resumed job scans again from the start, which the two guards above make harmless. Lease times are the database's
// clock (now()), so API hosts with drifting clocks still agree.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { findPublishedDefinition } from '@parcours/worker';
import type { ApiDeps } from '../deps.ts';
import type { PatientFilter } from '../patients/schemas.ts';
import { scanEligible } from './scan.ts';
import { MAX_STORED_ERRORS } from './schemas.ts';
import { startPage } from './start-page.ts';

export interface RunnerOptions {
  pageSize?: number;
  concurrency?: number;
  leaseMs?: number;
  heartbeatMs?: number;
}

type Deps = Pick<ApiDeps, 'prisma' | 'temporal' | 'config'>;

export const LEASE_MS = 15_000;
export const HEARTBEAT_MS = 5_000;
export const SWEEP_MS = 5_000;
/** Workflow starts in flight per job (bench/api/starts.ts measured the dev server at 32, 64 and 128). */
export const START_CONCURRENCY = 64;
/** Patients per page: each page ends with its bookkeeping writes while the starts of the page drain. */
export const PAGE_SIZE = 1000;

/** Thrown inside a job whose lease another process took: the job stops, the other process carries on. */
class LeaseLost extends Error {}

export class EnrolmentRunner {
  /** This process's name on the rows it holds: host, pid and a random part (a restarted pid is another owner). */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly active = new Map<string, Promise<void>>();
  private stopping = false;
  private sweep: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: Deps,
    private readonly logger: Logger,
    private readonly options: RunnerOptions = {},
  ) {}

  private get leaseSeconds(): number {
    return (this.options.leaseMs ?? LEASE_MS) / 1000;
  }

  /** Starts the job in the background unless it already runs in this process. */
  kick(id: string): void {
    if (this.stopping || this.active.has(id)) return;
    const run = this.run(id)
      .catch(async (error: unknown) => {
        if (error instanceof LeaseLost) {
          this.logger.warn({ enrolmentId: id }, 'enrolment lease lost to another process; stopped here');
          return;
        }
        this.logger.error({ err: error, enrolmentId: id }, 'enrolment failed');
        await this.deps.prisma.enrolment
          .updateMany({
            where: { id, leaseOwner: this.owner },
            data: {
              status: 'failed',
              finishedAt: new Date(),
              leaseOwner: null,
              leaseExpiresAt: null,
              errors: [{ patientId: null, message: error instanceof Error ? error.message : String(error) }],
            },
          })
          .catch(() => undefined);
      })
      .finally(() => this.active.delete(id));
    this.active.set(id, run);
  }

  /** Picks up the jobs that are queued or whose owner's lease has lapsed. */
  async resume(): Promise<number> {
    const pending = await this.deps.prisma.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM "Enrolment"
      WHERE status = 'queued' OR (status = 'running' AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" < now()))
      ORDER BY "createdAt"`;
    for (const { id } of pending) this.kick(id);
    return pending.length;
  }

  /** Takes back abandoned jobs now and every `intervalMs` (the API server calls this at boot). */
  startSweeping(intervalMs = SWEEP_MS): Promise<number> {
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

  /** Stops taking pages and releases the leases: the jobs stay `running`, for the next sweep of any process to take. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.sweep);
    await Promise.allSettled(this.active.values());
    await this.deps.prisma.enrolment
      .updateMany({
        where: { leaseOwner: this.owner, status: 'running' },
        data: { leaseOwner: null, leaseExpiresAt: null },
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'enrolment lease release failed'));
  }

  /** Takes the job if it is queued or its lease lapsed: one conditional update, so only one process gets it. */
  private async claim(id: string): Promise<boolean> {
    const taken = await this.deps.prisma.$executeRaw`
      UPDATE "Enrolment" SET status = 'running', "leaseOwner" = ${this.owner},
        "leaseExpiresAt" = now() + make_interval(secs => ${this.leaseSeconds}::float8), "updatedAt" = now()
      WHERE id = ${id}::uuid
        AND (status = 'queued' OR (status = 'running' AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" < now())))`;
    return taken > 0;
  }

  /** Renews the lease; false when another process holds it now. */
  private async renew(id: string): Promise<boolean> {
    const renewed = await this.deps.prisma.$executeRaw`
      UPDATE "Enrolment" SET "leaseExpiresAt" = now() + make_interval(secs => ${this.leaseSeconds}::float8)
      WHERE id = ${id}::uuid AND "leaseOwner" = ${this.owner} AND status = 'running'`;
    return renewed > 0;
  }

  private async run(id: string): Promise<void> {
    if (!(await this.claim(id))) return;
    let lost = false;
    const heartbeat = setInterval(() => {
      this.renew(id).then(
        (held) => {
          if (!held) lost = true;
        },
        (error: unknown) => this.logger.warn({ err: error, enrolmentId: id }, 'enrolment heartbeat failed'),
      );
    }, this.options.heartbeatMs ?? HEARTBEAT_MS);
    heartbeat.unref();
    try {
      await this.work(id, () => {
        if (lost) throw new LeaseLost();
        return this.stopping;
      });
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** The job itself; `halt()` says whether to stop here (process stopping) and throws if the lease was lost. */
  private async work(id: string, halt: () => boolean): Promise<void> {
    const { prisma } = this.deps;
    // Progress is written only while this process holds the lease.
    const save = async (data: Parameters<typeof prisma.enrolment.updateMany>[0]['data']) => {
      const { count } = await prisma.enrolment.updateMany({ where: { id, leaseOwner: this.owner }, data });
      if (!count) throw new LeaseLost();
    };
    const job = await prisma.enrolment.findUniqueOrThrow({ where: { id } });
    const definition = await findPublishedDefinition(prisma, job.parcoursKey, job.version);
    if (!definition) throw new Error(`La version ${job.version} de « ${job.parcoursKey} » n’est plus publiée`);
    const author = job.createdById
      ? await prisma.user.findUnique({ where: { id: job.createdById }, select: { role: true } })
      : null;
    // A resumed job starts its counts again, except the journeys it already started, counted from the projection.
    const counts = {
      scanned: 0,
      eligible: 0,
      started: await prisma.journey.count({ where: { enrolmentId: id } }),
      alreadyEnrolled: 0,
      objecting: 0,
      failed: 0,
    };
    const errors: { patientId: string | null; message: string }[] = [];
    await save({ startedAt: job.startedAt ?? new Date(), ...counts, errors: [] });
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
      if (halt()) return;
      counts.scanned += page.scanned;
      counts.eligible += page.eligible.length;
      counts.objecting += page.objecting.length;
      for (const bad of page.invalid) fail(bad.patientId, bad.message);
      const running = await prisma.journey.findMany({
        where: { patientId: { in: page.eligible }, parcoursKey: job.parcoursKey, status: 'running' },
        select: { patientId: true, enrolmentId: true },
      });
      const skip = new Set(running.map((r) => r.patientId));
      counts.alreadyEnrolled += running.filter((r) => r.enrolmentId !== id).length;
      const toStart = page.eligible.filter((p) => !skip.has(p));
      if (!job.dryRun && toStart.length) {
        // Each started journey's audit row is written with its projection row (start-page.ts).
        const outcome = await startPage(this.deps, {
          patientIds: toStart,
          definition,
          startedBy: job.createdById,
          actorRole: author?.role ?? null,
          enrolmentId: id,
          concurrency: this.options.concurrency ?? START_CONCURRENCY,
        });
        counts.alreadyEnrolled += outcome.already;
        counts.objecting += outcome.objecting;
        for (const bad of outcome.failed) fail(bad.patientId, bad.message);
        counts.started += outcome.started.length;
      }
      await save({ ...counts, errors });
    }
    await save({
      ...counts,
      errors,
      status: 'completed',
      finishedAt: new Date(),
      leaseOwner: null,
      leaseExpiresAt: null,
    });
    this.logger.info({ enrolmentId: id, ...counts }, 'enrolment completed');
  }
}
