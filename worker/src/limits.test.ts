import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './config.ts';
import { workerLimitsFromConfig } from './limits.ts';

const base = { DATABASE_URL: 'postgresql://localhost/x' };

describe('worker limits', () => {
  it('bounds the cache and the concurrency by default, sized for 2 cores', () => {
    expect(workerLimitsFromConfig(loadWorkerConfig(base))).toEqual({
      maxCachedWorkflows: 200,
      maxConcurrentWorkflowTaskExecutions: 10,
      maxConcurrentActivityTaskExecutions: 20,
      maxConcurrentLocalActivityExecutions: 20,
      workflowThreadPoolSize: 1,
    });
  });

  it('reads each bound from its variable', () => {
    const config = loadWorkerConfig({
      ...base,
      WORKER_MAX_CACHED_WORKFLOWS: '2000',
      WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '40',
      WORKER_MAX_CONCURRENT_ACTIVITIES: '50',
      WORKER_MAX_CONCURRENT_LOCAL_ACTIVITIES: '60',
      WORKER_WORKFLOW_THREADS: '2',
    });
    expect(workerLimitsFromConfig(config)).toEqual({
      maxCachedWorkflows: 2000,
      maxConcurrentWorkflowTaskExecutions: 40,
      maxConcurrentActivityTaskExecutions: 50,
      maxConcurrentLocalActivityExecutions: 60,
      workflowThreadPoolSize: 2,
    });
  });

  it('refuses at boot what the SDK would silently change: a cache below 2, more workflow tasks than cached journeys', () => {
    expect(() => loadWorkerConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: '1' })).toThrow(
      /WORKER_MAX_CACHED_WORKFLOWS/,
    );
    expect(() => loadWorkerConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: 'many' })).toThrow(
      /WORKER_MAX_CACHED_WORKFLOWS/,
    );
    expect(() =>
      loadWorkerConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: '20', WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '40' }),
    ).toThrow(/WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: must not exceed WORKER_MAX_CACHED_WORKFLOWS/);
    expect(() => loadWorkerConfig({ ...base, WORKER_WORKFLOW_THREADS: '0' })).toThrow(/WORKER_WORKFLOW_THREADS/);
  });
});
