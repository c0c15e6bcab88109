// The step of `npm start` that sets the demo CPTS in motion once the worker runs (motion/motion.ts): journeys
// started and moved forward through Temporal. A failure here is reported but does not stop the product.
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import protos from '@temporalio/proto';
import { createPrismaClient } from '@parcours/db';
import { setDemoInMotion } from './motion/motion.ts';

export async function runDemoMotion(databaseUrl: string, temporalAddress: string): Promise<void> {
  const started = Date.now();
  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  const connection = await Connection.connect({ address: temporalAddress });
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
  const taskQueue = process.env.TEMPORAL_TASK_QUEUE ?? 'parcours';
  try {
    await workerPolling(connection, namespace, taskQueue);
    const temporal = new Client({ connection, namespace });
    const report = await setDemoInMotion({ prisma, temporal, taskQueue });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      report.started || report.tasksCompleted || report.cancelled
        ? `Demo journeys in motion in ${seconds} s: ${report.started} started, ${report.tasksCompleted} tasks completed, ${report.cancelled} cancelled (reminders and an escalation of the demo parcours fire within 30 s).`
        : `Demo journeys already in motion (nothing to do, ${seconds} s).`,
    );
    if (report.skipped) console.log(`  ${report.skipped} demo journey(s) skipped: no eligible demo patient left.`);
  } catch (error) {
    console.error(`The demo journeys could not be set in motion: ${(error as Error).message}`);
  } finally {
    await connection.close();
    await prisma.$disconnect();
  }
}

/** The worker bundles its workflows before it polls: queries would time out until then. */
async function workerPolling(connection: Connection, namespace: string, taskQueue: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const { pollers } = await connection.workflowService.describeTaskQueue({
      namespace,
      taskQueue: { name: taskQueue },
      taskQueueType: protos.temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
    });
    if (pollers?.length) return;
    await sleep(500);
  }
  throw new Error(`no worker polls the task queue "${taskQueue}"`);
}
