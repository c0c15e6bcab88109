// `npx tsx scripts/rebuild-projections.ts [--query "<visibility query>"]`: rewrites the Journey and Task rows from
// Temporal, the source of truth (e.g. after restoring the database from a backup older than the journeys). Idempotent.
// Reads DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and LOG_LEVEL like the worker, and logs like it (JSON lines:
// one per journey that failed, at debug one per journey rebuilt); prints the totals.
import { Client, Connection } from '@temporalio/client';
import { createWorkerLogger, loadWorkerConfig, rebuildProjections } from '@parcours/worker';
import { createPrismaClient } from '@parcours/db';

const queryIndex = process.argv.indexOf('--query');
const query = queryIndex > 0 ? process.argv[queryIndex + 1] : undefined;
const config = loadWorkerConfig();
const logger = createWorkerLogger(config.LOG_LEVEL).child({ component: 'rebuild-projections' });
const prisma = createPrismaClient(config.DATABASE_URL);
const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
try {
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const report = await rebuildProjections(client, prisma, { logger, ...(query ? { query } : {}) });
  // The command's answer, whatever LOG_LEVEL says.
  console.log(`rebuilt ${report.journeys} journeys and ${report.tasks} tasks; ${report.failed.length} failed`);
  process.exitCode = report.failed.length ? 1 : 0;
} finally {
  await connection.close();
  await prisma.$disconnect();
}
