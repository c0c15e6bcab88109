// An API wired to the test database and a Temporal test environment, plus a worker on a unique task queue, so an
// integration test exercises the real stack end to end.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { pino } from 'pino';
import supertest from 'supertest';
import { apiConfigSchema, createApp, TokenService } from '@parcours/api';
import { bundleWorkflows, createPrismaClient, createWorker } from '@parcours/worker';
import type { PrismaClient } from '@parcours/worker';
import { TEST_PASSWORD } from './factories.ts';

export interface Harness {
  prisma: PrismaClient;
  taskQueue: string;
  /** Runs fn with a fresh worker polling the harness's task queue (a Worker cannot run twice). */
  withWorker: <T>(fn: () => Promise<T>) => Promise<T>;
  request: () => supertest.Agent;
  login: (email: string) => Promise<string>;
  close: () => Promise<void>;
}

let bundle: ReturnType<typeof bundleWorkflows> | undefined;

export async function createHarness(env: TestWorkflowEnvironment, databaseUrl: string): Promise<Harness> {
  const prisma = createPrismaClient(databaseUrl);
  const taskQueue = `test-${randomUUID()}`;
  const config = apiConfigSchema.parse({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    TEMPORAL_TASK_QUEUE: taskQueue,
    LOG_LEVEL: 'silent',
  });
  const app = createApp(
    { config, prisma, temporal: env.client, tokens: new TokenService(config.JWT_SECRET) },
    pino({ level: 'silent' }),
  );
  bundle ??= bundleWorkflows();
  const workflowBundle = await bundle;
  const request = () => supertest.agent(app);
  return {
    prisma,
    taskQueue,
    withWorker: async (fn) => {
      const worker: Worker = await createWorker({
        connection: env.nativeConnection,
        taskQueue,
        prisma,
        workflowBundle,
      });
      return worker.runUntil(fn);
    },
    request,
    login: async (email) => {
      const res = await request().post('/api/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
      return (res.body as { token: string }).token;
    },
    close: () => prisma.$disconnect(),
  };
}
