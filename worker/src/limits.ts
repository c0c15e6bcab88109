// What bounds a worker's memory and concurrency, as Worker.create options. The SDK's defaults size the workflow cache
// from the V8 heap limit (≈2,300 journeys for Node's 4 GiB default here) and allow 40 workflow tasks and 100 activities
// at once: on a 2-core host the cache alone grew the worker past 1.5 GiB. Journeys wait for weeks or months, so keeping
// them in memory buys nothing: evicted, a journey is replayed from its history when its timer fires (milliseconds).
import type { WorkerOptions } from '@temporalio/worker';
import type { WorkerConfig } from './config.ts';

export type WorkerLimits = Pick<
  WorkerOptions,
  | 'maxCachedWorkflows'
  | 'maxConcurrentWorkflowTaskExecutions'
  | 'maxConcurrentActivityTaskExecutions'
  | 'maxConcurrentLocalActivityExecutions'
  | 'workflowThreadPoolSize'
>;

export function workerLimitsFromConfig(config: WorkerConfig): WorkerLimits {
  return {
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
    maxConcurrentActivityTaskExecutions: config.WORKER_MAX_CONCURRENT_ACTIVITIES,
    maxConcurrentLocalActivityExecutions: config.WORKER_MAX_CONCURRENT_LOCAL_ACTIVITIES,
    // reuseV8Context stays on (the SDK's default): one V8 context per thread shared by every cached journey, instead
    // of one context per journey.
    workflowThreadPoolSize: config.WORKER_WORKFLOW_THREADS,
  };
}
