// `node --import tsx worker/src/main.ts`: runs the parcours worker until SIGINT/SIGTERM, then drains and exits.
// Logs are JSON lines (pino, LOG_LEVEL): the process's own, the relay's, and through the Temporal runtime installed
// here (once per process, before any connection), the SDK's, the workflows' and the activities'.
import { NativeConnection } from '@temporalio/worker';
import { loadWorkerConfig } from './config.ts';
import { createPrismaClient } from '@parcours/db';
import { createWorkerLogger, installRuntimeLogging } from './logging.ts';
import { workerLimitsFromConfig } from './limits.ts';
import { bundleWorkflowsApart } from './bundle-apart.ts';
import { startRelayFromConfig } from './relay/start.ts';
import { createWorker } from './worker.ts';

const config = loadWorkerConfig();
const logger = createWorkerLogger(config.LOG_LEVEL);
installRuntimeLogging(logger, config.LOG_LEVEL);
try {
  const prisma = createPrismaClient(config.DATABASE_URL);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const limits = workerLimitsFromConfig(config);
  const worker = await createWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    prisma,
    limits,
    // Bundled in a child process: the bundler's memory is not kept for the worker's life.
    workflowBundle: await bundleWorkflowsApart(),
  });
  const relay = startRelayFromConfig(config, prisma, logger);
  logger.info(
    {
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      namespace: config.TEMPORAL_NAMESPACE,
      address: config.TEMPORAL_ADDRESS,
      limits,
    },
    'worker polling',
  );
  // The SDK installs SIGINT/SIGTERM handlers that call worker.shutdown(); run() resolves once in-flight work drained.
  await worker.run();
  await relay?.stop();
  await connection.close();
  await prisma.$disconnect();
  logger.info('worker stopped');
} catch (error) {
  logger.fatal({ err: error }, 'worker failed');
  process.exit(1);
}
