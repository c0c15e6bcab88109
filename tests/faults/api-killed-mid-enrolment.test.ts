// Fault: of two API processes (replicas), the one running a cohort enrolment is killed with SIGKILL in the middle of a
// page (no shutdown hook runs). The other must take the job back within 30 s (its lease lapses), and in the end every
// eligible patient has exactly one journey, one workflow and one `start` audit row: nothing lost, doubled or stuck.
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TokenService } from '@parcours/api';
import { bundleWorkflows, createWorker, JOURNEY_SEARCH_ATTRIBUTES } from '@parcours/worker';
import { createPrismaClient, type PrismaClient } from '@parcours/db';
import { temporalBinaries } from '../../scripts/temporal-bins.mjs';
import { createUser, skeletonDefinition } from '../support/factories.ts';
import { type ApiProcess, spawnApi } from './support/api-process.ts';

const PATIENTS = 600;
const JWT_SECRET = randomUUID() + randomUUID();
const taskQueue = `faults-${randomUUID()}`;
const marker = `Panne-${randomUUID().slice(0, 8)}`;

let env: TestWorkflowEnvironment;
let prisma: PrismaClient;
let stopWorker: () => Promise<void>;
const apis: ApiProcess[] = [];

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  const { cli } = await temporalBinaries();
  env = await TestWorkflowEnvironment.createLocal({
    server: {
      ...(cli ? { executable: { type: 'existing-path' as const, path: cli } } : {}),
      searchAttributes: JOURNEY_SEARCH_ATTRIBUTES,
      ip: '127.0.0.1',
      // Under this load the dev server warns about slow calls by the thousand; its errors are enough.
      log: { format: 'pretty', level: 'error' },
    },
  });
  prisma = createPrismaClient(inject('databaseUrl'));
  const worker = await createWorker({
    connection: env.nativeConnection,
    taskQueue,
    prisma,
    workflowBundle: await bundleWorkflows(),
  });
  const running = worker.run();
  stopWorker = async () => {
    worker.shutdown();
    await running;
  };
});
afterAll(async () => {
  for (const api of apis) {
    if (api.child.exitCode === null) api.child.kill('SIGTERM');
    await api.exited;
  }
  await stopWorker?.();
  await prisma?.$disconnect();
  await env?.teardown();
});

describe('API killed mid-enrolment', () => {
  it('is taken back by another API process within 30 s; everyone enrolled exactly once, each start audited', async () => {
    const apiEnv = {
      DATABASE_URL: inject('databaseUrl'),
      TEMPORAL_ADDRESS: env.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      JWT_SECRET,
    };
    const coordinator = await createUser(prisma, { role: 'coordinator' });
    const token = await new TokenService(JWT_SECRET).sign({ ...coordinator, role: 'coordinator' }, 'access');
    // Two replicas, as in production behind a load balancer: whichever holds the job is killed, the other takes it.
    const replicas = await Promise.all([spawnApi(apiEnv), spawnApi(apiEnv)]);
    apis.push(...replicas);
    const first = replicas[0];
    const call = async (path: string, body?: object) => {
      const res = await fetch(`${first.url}/api${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
      expect(res.ok, `${path}: ${res.status} ${await res.clone().text()}`).toBe(true);
      return (await res.json()) as { id: string };
    };
    const definition = skeletonDefinition();
    const draft = await call('/parcours', { definition });
    await call(`/parcours/${draft.id}/publish`);
    await prisma.patient.createMany({
      data: Array.from({ length: PATIENTS }, (_, i) => ({
        firstName: `P${i}`,
        lastName: marker,
        birthDate: new Date('1950-01-01'),
        sex: i % 2 ? 'F' : 'M',
      })),
    });
    const patientIds = (await prisma.patient.findMany({ where: { lastName: marker }, select: { id: true } })).map(
      (p) => p.id,
    );

    const enrolment = await call('/enrolments', { parcoursKey: definition.key, filter: { q: marker } });
    // Killed mid-page: some journeys started, most not, starts in flight.
    await waitFor('the first journeys', 90_000, async () =>
      (await prisma.journey.count({ where: { enrolmentId: enrolment.id } })) >= 100 ? true : undefined,
    );
    const deadOwner = (await prisma.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).leaseOwner ?? '';
    const holder = replicas.find((api) => deadOwner.split(':')[1] === String(api.child.pid));
    expect(holder, `lease owner ${deadOwner} is one of the replicas`).toBeDefined();
    holder?.child.kill('SIGKILL');
    await holder?.exited;
    const killedAt = Date.now();
    const startedBeforeKill = await prisma.journey.count({ where: { enrolmentId: enrolment.id } });
    expect(startedBeforeKill).toBeLessThan(PATIENTS);

    await waitFor('the other replica to take the job', 30_000, async () => {
      const job = await prisma.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } });
      return job.status === 'completed' || (job.leaseOwner && job.leaseOwner !== deadOwner) ? true : undefined;
    });
    expect(Date.now() - killedAt).toBeLessThan(30_000);

    const job = await waitFor('the enrolment to complete', 180_000, async () => {
      const row = await prisma.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } });
      return row.status === 'completed' || row.status === 'failed' ? row : undefined;
    });
    expect(job).toMatchObject({ status: 'completed', eligible: PATIENTS, failed: 0, leaseOwner: null });

    // Nobody missed, nobody twice: one projection row per patient (the worker writes those the dead API could not)…
    const journeys = await waitFor('every journey row', 120_000, async () => {
      const rows = await prisma.journey.findMany({
        where: { parcoursKey: definition.key },
        select: { id: true, patientId: true, status: true },
      });
      return rows.length >= PATIENTS ? rows : undefined;
    });
    expect(journeys).toHaveLength(PATIENTS);
    expect(new Set(journeys.map((j) => j.patientId))).toEqual(new Set(patientIds));
    expect(journeys.every((j) => j.status === 'running')).toBe(true);
    // …one workflow per patient in Temporal…
    const workflows = await waitFor('every workflow in visibility', 60_000, async () => {
      const { count } = await env.client.workflow.count(`ParcoursKey = '${definition.key}'`);
      return count >= PATIENTS ? count : undefined;
    });
    expect(workflows).toBe(PATIENTS);
    // …and exactly one `start` audit row per journey, even for those started in the page the kill interrupted.
    const starts = await prisma.auditEvent.findMany({
      where: { action: 'start', resource: 'journey', resourceId: { in: journeys.map((j) => j.id) } },
      select: { resourceId: true },
    });
    expect(starts).toHaveLength(PATIENTS);
    expect(new Set(starts.map((s) => s.resourceId)).size).toBe(PATIENTS);
    // Two cores shared with a Temporal dev server and a worker: starting 600 journeys twice over takes minutes.
  }, 420_000);
});
