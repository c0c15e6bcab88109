// Per-file setup for workflow tests: one time-skipping server and one harness per file, torn down after it.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, inject } from 'vitest';
import { createTimeSkippingEnv } from '../../support/temporal.ts';
import { createWorkflowHarness, type WorkflowHarness } from './harness.ts';

export function useTimeSkippingHarness(): () => WorkflowHarness {
  let env: TestWorkflowEnvironment | undefined;
  let h: WorkflowHarness | undefined;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
    h = await createWorkflowHarness(env, inject('databaseUrl'));
  });
  afterAll(async () => {
    await h?.close();
    await env?.teardown();
  });
  return () => h!;
}

/** The ApplicationFailure a refused update carries (validator or handler), or a failed test. */
export async function updateRefusal(promise: Promise<unknown>): Promise<ApplicationFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) return error.cause;
    throw error;
  }
  throw new Error('the update was accepted');
}

/** Polls until fn returns a truthy value (activities run a little after the timer that triggers them). */
export async function eventually<T>(fn: () => Promise<T | null | undefined | false>, what = 'condition'): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
