// An API wired to the test database and a Temporal test environment, plus a worker on a unique task queue, so an
// integration test exercises the real stack end to end.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type express from 'express';
import { pino } from 'pino';
import supertest from 'supertest';
import { apiConfigSchema, createApp, enrolmentRunnerOf, flushAudit, TokenService } from '@parcours/api';
import type { EnrolmentRunner } from '@parcours/api';
import { bundleWorkflows, createWorker } from '@parcours/worker';
import { createPrismaClient, type PrismaClient } from '@parcours/db';
import { createUser, TEST_PASSWORD } from './factories.ts';

type Role = 'coordinator' | 'professional' | 'auditor' | 'admin';

export interface Harness {
  prisma: PrismaClient;
  taskQueue: string;
  app: express.Express;
  enrolments: EnrolmentRunner;
  /** Runs fn with a fresh worker polling the harness's task queue (a Worker cannot run twice). */
  withWorker: <T>(fn: () => Promise<T>) => Promise<T>;
  request: () => supertest.Agent;
  login: (email: string) => Promise<string>;
  /** Creates a user of that role (and profession) and returns a bearer token for them. */
  tokenFor: (role: Role, profession?: string) => Promise<{ token: string; userId: string }>;
  close: () => Promise<void>;
}

let bundle: ReturnType<typeof bundleWorkflows> | undefined;

export async function createHarness(env: TestWorkflowEnvironment, databaseUrl: string): Promise<Harness> {
  const prisma = createPrismaClient(databaseUrl, { preparedStatements: true });
  const taskQueue = `test-${randomUUID()}`;
  const config = apiConfigSchema.parse({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    TEMPORAL_TASK_QUEUE: taskQueue,
    LOG_LEVEL: 'silent',
  });
  const tokens = new TokenService(config.JWT_SECRET);
  // Tests log in many users from one address: the login limit is for people, not for the suite.
  // The time-skipping server has no custom search attributes: journeys are started without them.
  const app = createApp(
    { config, prisma, temporal: env.client, tokens, loginLimit: 10_000, temporalSearchAttributes: false },
    pino({ level: 'silent' }),
  );
  bundle ??= bundleWorkflows();
  const workflowBundle = await bundle;
  const request = () => supertest.agent(app);
  const enrolments = enrolmentRunnerOf(app);
  return {
    prisma,
    taskQueue,
    app,
    enrolments,
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
    tokenFor: async (role, profession) => {
      const user = await createUser(prisma, { role, ...(profession ? { profession } : {}) });
      // Signed directly: argon2 verification per user would cost seconds across a suite.
      const token = await tokens.sign({ id: user.id, email: user.email, role, profession: user.profession }, 'access');
      return { token, userId: user.id };
    },
    close: async () => {
      await enrolments.stop();
      // Audit rows of list reads are written in the background: flush them so none is lost when a test ends.
      await flushAudit(prisma);
      await prisma.$disconnect();
    },
  };
}

export type LightHarness = Pick<Harness, 'prisma' | 'app' | 'request' | 'tokenFor' | 'close'>;

/**
 * The API on the test database with a Temporal client that never connects: for tests of routing, roles, validation
 * and projections, which must answer before anything reaches Temporal.
 */
export async function createLightHarness(databaseUrl: string, env: Record<string, string> = {}): Promise<LightHarness> {
  const { Client, Connection } = await import('@temporalio/client');
  const prisma = createPrismaClient(databaseUrl, { preparedStatements: true });
  const config = apiConfigSchema.parse({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', ...env });
  const tokens = new TokenService(config.JWT_SECRET);
  const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 200 }) });
  const app = createApp({ config, prisma, temporal, tokens, loginLimit: 10_000 }, pino({ level: 'silent' }));
  return {
    prisma,
    app,
    request: () => supertest.agent(app),
    tokenFor: async (role, profession) => {
      const user = await createUser(prisma, { role, ...(profession ? { profession } : {}) });
      const token = await tokens.sign({ id: user.id, email: user.email, role, profession: user.profession }, 'access');
      return { token, userId: user.id };
    },
    close: async () => {
      await enrolmentRunnerOf(app).stop();
      await flushAudit(prisma);
      await prisma.$disconnect();
    },
  };
}
