// Public surface of the worker package for the API, the start script and the tests.
export { createActivities } from './activities/index.ts';
export type { JourneyActivities } from './activities/index.ts';
export { bundleWorkflows, createWorker, workflowsPath } from './worker.ts';
export { loadWorkerConfig } from './config.ts';
export { createPrismaClient } from './db/client.ts';
export type { PrismaClient } from './db/client.ts';
export { migrate } from './db/migrate.ts';
export * from './workflows/messages.ts';
export type * from './workflows/types.ts';
export type { JourneyResult } from './workflows/journey.ts';
export { journeyWorkflowId } from './workflows/ids.ts';
