// `npx tsx scripts/rebuild-projections.ts [--query "<visibility query>"]`: rewrites the Journey and Task rows from
// Temporal, the source of truth (e.g. after restoring the database from a backup older than the journeys). Idempotent.
// Reads DATABASE_URL, TEMPORAL_ADDRESS and TEMPORAL_NAMESPACE like the worker.
import { Client, Connection } from '@temporalio/client';
import { loadWorkerConfig, rebuildProjections } from '@parcours/worker';
import { createPrismaClient } from '@parcours/db';

const queryIndex = process.argv.indexOf('--query');
const query = queryIndex > 0 ? process.argv[queryIndex + 1] : undefined;
const config = loadWorkerConfig();
const prisma = createPrismaClient(config.DATABASE_URL);
const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
try {
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const report = await rebuildProjections(client, prisma, query ? { query } : {});
  console.log(`rebuilt ${report.journeys} journeys and ${report.tasks} tasks`);
  for (const f of report.failed) console.error(`  ${f.workflowId}: ${f.error}`);
  process.exitCode = report.failed.length ? 1 : 0;
} finally {
  await connection.close();
  await prisma.$disconnect();
}
