// The real stack for browser tests, in-process: the test database, a Temporal dev server, a worker, and the API
// listening on a free port and serving the production build of the back office exactly as in production.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { pino } from 'pino';
import { apiConfigSchema, createApp, TokenService } from '@parcours/api';
import { bundleWorkflows, createWorker } from '@parcours/worker';
import { createPrismaClient, type PrismaClient } from '@parcours/db';
import { createLocalEnv } from '../../support/temporal.ts';

export interface Stack {
  baseUrl: string;
  prisma: PrismaClient;
  env: TestWorkflowEnvironment;
  close: () => Promise<void>;
}

const ADMIN_DIST = fileURLToPath(new URL('../../../admin/dist', import.meta.url));

export async function startStack(databaseUrl: string): Promise<Stack> {
  // The CLI dev server, as under `npm start`: real visibility and the journeys' search attributes.
  const env = await createLocalEnv();
  const prisma = createPrismaClient(databaseUrl);
  const taskQueue = `browser-${randomUUID()}`;
  const config = apiConfigSchema.parse({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    TEMPORAL_TASK_QUEUE: taskQueue,
    LOG_LEVEL: 'silent',
    ADMIN_DIST,
  });
  const app = createApp(
    // Every role signs in from 127.0.0.1: the login limit is for people, not for the suite.
    { config, prisma, temporal: env.client, tokens: new TokenService(config.JWT_SECRET), loginLimit: 10_000 },
    // BROWSER_API_LOG=error shows the API's own log when a browser test meets a 500.
    pino({ level: process.env.BROWSER_API_LOG ?? 'silent' }),
  );
  const worker = await createWorker({
    connection: env.nativeConnection,
    taskQueue,
    prisma,
    workflowBundle: await bundleWorkflows(),
  });
  const running = worker.run();
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    prisma,
    env,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      worker.shutdown();
      await running.catch(() => undefined);
      await prisma.$disconnect();
      await env.teardown();
    },
  };
}
