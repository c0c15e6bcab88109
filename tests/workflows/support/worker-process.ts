// A journey worker in its own process, so a test can kill it outright (SIGKILL: no drain, no goodbye to the server)
// the way a crashed or OOM-killed pod dies. Args: <temporal address> <task queue> <database url>. Prints "ready".
import { NativeConnection, Worker } from '@temporalio/worker';
import { bundleWorkflows, createActivities } from '@parcours/worker';
import { createPrismaClient } from '@parcours/db';

const [address, taskQueue, databaseUrl] = process.argv.slice(2) as [string, string, string];
const connection = await NativeConnection.connect({ address });
const worker = await Worker.create({
  connection,
  taskQueue,
  workflowBundle: await bundleWorkflows(),
  activities: createActivities({ prisma: createPrismaClient(databaseUrl) }),
  // No sticky queue: the time-skipping test server never moves a dead worker's sticky tasks back to the shared queue
  // (checked: queries and updates then hang), where a real server does after stickyQueueScheduleToStartTimeout.
  maxCachedWorkflows: 0,
});
const running = worker.run();
console.log('ready');
await running;
