// The real stack for contract and fault tests, wired as in production: the API listening on HTTP with a lazy Temporal
// connection and short deadlines, a worker that can be stopped and started, a Temporal dev server this file owns, and
// the test database seeded with a published parcours, a patient, and a journey waiting on a task.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { pino } from 'pino';
import { apiConfigSchema, createApp, enrolmentRunnerOf, flushAudit, TokenService } from '@parcours/api';
import { bundleWorkflows, createWorker } from '@parcours/worker';
import { createPrismaClient, type PrismaClient } from '@parcours/db';
import { createPatient, createUser, skeletonDefinition } from '../../support/factories.ts';
import { createDevServer, type DevServer } from './dev-server.ts';

type Role = 'coordinator' | 'professional' | 'auditor' | 'admin';

export interface FaultStack {
  baseUrl: string;
  prisma: PrismaClient;
  temporal: DevServer;
  /** The API's Temporal client (lazy connection, as in production). */
  client: Client;
  taskQueue: string;
  tokens: Record<Role, string>;
  /** A published parcours, a patient and a running journey whose first task (for an IDE) is open. */
  seed: { parcoursKey: string; parcoursId: string; patientId: string; journeyId: string; taskId: string };
  startWorker: () => Promise<void>;
  stopWorker: () => Promise<void>;
  /** fetch against the API with the role's token. */
  call: (role: Role, method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer>;
  close: () => Promise<void>;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any route
  ms: number;
}

export async function startFaultStack(
  databaseUrl: string,
  options: { callTimeoutMs?: number; updateTimeoutMs?: number; adminDist?: string } = {},
): Promise<FaultStack> {
  const temporal = await createDevServer();
  const prisma = createPrismaClient(databaseUrl);
  const taskQueue = `faults-${randomUUID()}`;
  const config = apiConfigSchema.parse({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: taskQueue,
    TEMPORAL_CALL_TIMEOUT_MS: String(options.callTimeoutMs ?? 3000),
    TEMPORAL_UPDATE_TIMEOUT_MS: String(options.updateTimeoutMs ?? 5000),
    LOG_LEVEL: 'silent',
    ...(options.adminDist ? { ADMIN_DIST: options.adminDist } : {}),
  });
  const connection = Connection.lazy({ address: temporal.address, connectTimeout: config.TEMPORAL_CALL_TIMEOUT_MS });
  const client = new Client({ connection });
  const tokenService = new TokenService(config.JWT_SECRET);
  const app = createApp(
    { config, prisma, temporal: client, tokens: tokenService, loginLimit: 100_000 },
    pino({ level: 'silent' }),
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const workflowBundle = await bundleWorkflows();
  let worker: { worker: Worker; running: Promise<void>; connection: NativeConnection } | undefined;
  const startWorker = async () => {
    if (worker) return;
    const native = await NativeConnection.connect({ address: temporal.address });
    const w = await createWorker({ connection: native, taskQueue, prisma, workflowBundle });
    worker = { worker: w, running: w.run(), connection: native };
  };
  const stopWorker = async () => {
    const w = worker;
    worker = undefined;
    if (!w) return;
    w.worker.shutdown();
    await w.running.catch(() => undefined);
    await w.connection.close();
  };

  const tokens = {} as Record<Role, string>;
  for (const role of ['coordinator', 'professional', 'auditor', 'admin'] as const) {
    const user = await createUser(prisma, { role, ...(role === 'professional' ? { profession: 'IDE' } : {}) });
    tokens[role] = await tokenService.sign(
      { id: user.id, email: user.email, role, profession: user.profession },
      'access',
    );
  }

  const call: FaultStack['call'] = async (role, method, path, body, headers = {}) => {
    const started = Date.now();
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[role]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return { status: res.status, headers: res.headers, body: parsed, ms: Date.now() - started };
  };

  await startWorker();
  const seed = await seedJourney(call, prisma);

  return {
    baseUrl,
    prisma,
    temporal,
    client,
    taskQueue,
    tokens,
    seed,
    startWorker,
    stopWorker,
    call,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await enrolmentRunnerOf(app).stop();
      await stopWorker();
      await flushAudit(prisma);
      await connection.close().catch(() => undefined);
      await temporal.stop();
      await prisma.$disconnect();
    },
  };
}

async function seedJourney(call: FaultStack['call'], prisma: PrismaClient): Promise<FaultStack['seed']> {
  const definition = skeletonDefinition();
  const draft = await call('coordinator', 'POST', '/api/parcours', { definition });
  if (draft.status !== 201) throw new Error(`seed: parcours ${draft.status} ${JSON.stringify(draft.body)}`);
  const published = await call('coordinator', 'POST', `/api/parcours/${draft.body.id}/publish`);
  if (published.status !== 200) throw new Error(`seed: publish ${published.status} ${JSON.stringify(published.body)}`);
  const patient = await createPatient(prisma);
  const started = await call('coordinator', 'POST', '/api/journeys', {
    patientId: patient.id,
    parcoursKey: definition.key,
  });
  if (started.status !== 201) throw new Error(`seed: journey ${started.status} ${JSON.stringify(started.body)}`);
  const taskId = await openTaskOf(prisma, started.body.id);
  return {
    parcoursKey: definition.key,
    parcoursId: draft.body.id,
    patientId: patient.id,
    journeyId: started.body.id,
    taskId,
  };
}

/** The open task of a journey, once the worker has opened it. */
export async function openTaskOf(prisma: PrismaClient, journeyId: string, timeoutMs = 30_000): Promise<string> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const task = await prisma.task.findFirst({ where: { journeyId, status: 'open' } });
    if (task) return task.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`journey ${journeyId}: no open task`);
}
