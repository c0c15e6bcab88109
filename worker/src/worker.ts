// Builds a Temporal worker for the parcours task queue: one generic workflow, activities bound to a Prisma client.
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, Runtime, Worker } from '@temporalio/worker';
import type { LogMetadata } from '@temporalio/common';
import type { NativeConnection, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createActivities } from './activities/index.ts';
import type { WorkerLimits } from './limits.ts';
import type { PrismaClient } from '@parcours/db';

export const workflowsPath = fileURLToPath(new URL('./workflows/index.ts', import.meta.url));

/** Bundles the workflow code once; reuse the bundle across workers (tests, replay) to save seconds each. */
export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath, logger: quietBundlerLogger });
}

export async function createWorker(options: {
  connection: NativeConnection;
  namespace?: string;
  taskQueue: string;
  prisma: PrismaClient;
  workflowBundle?: WorkflowBundleWithSourceMap;
  /** Cache and concurrency bounds (workerLimitsFromConfig); unset, the SDK's defaults (tests). */
  limits?: WorkerLimits;
}): Promise<Worker> {
  return Worker.create({
    ...options.limits,
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue,
    workflowBundle: options.workflowBundle ?? (await bundleWorkflows()),
    activities: createActivities({ prisma: options.prisma }),
  });
}

// Webpack's progress is noise; its warnings and errors go to the runtime's logger (pino in the worker process).
const quietBundlerLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string, meta?: LogMetadata) => Runtime.instance().logger.warn(message, meta),
  error: (message: string, meta?: LogMetadata) => Runtime.instance().logger.error(message, meta),
};
