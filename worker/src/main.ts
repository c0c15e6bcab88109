// `node --import tsx worker/src/main.ts`: runs the parcours worker until SIGINT/SIGTERM, then drains and exits.
import { NativeConnection } from '@temporalio/worker';
import { loadWorkerConfig } from './config.ts';
import { createPrismaClient } from '@parcours/db';
import { startRelayFromConfig } from './relay/start.ts';
import { createWorker } from './worker.ts';

const config = loadWorkerConfig();
const prisma = createPrismaClient(config.DATABASE_URL);
const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
const worker = await createWorker({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  prisma,
});
const relay = startRelayFromConfig(config, prisma);
console.log(`[worker] polling task queue "${config.TEMPORAL_TASK_QUEUE}" on ${config.TEMPORAL_ADDRESS}`);
// The SDK installs SIGINT/SIGTERM handlers that call worker.shutdown(); run() resolves once in-flight work drained.
await worker.run();
await relay?.stop();
await connection.close();
await prisma.$disconnect();
