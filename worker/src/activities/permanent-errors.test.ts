// Which database refusals stop retrying: data exceptions and integrity violations no retry can heal are permanent;
// lost connections, serialization failures, deadlocks and foreign keys (the row may come) keep retrying.
import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { classifyPermanentErrors, isPermanentDataError, PERMANENT_DATA_ERROR } from './permanent-errors.ts';

// The shape Prisma's pg adapter gives: the SQLSTATE under meta.driverAdapterError.cause.originalCode.
const adapterError = (sqlstate: string) =>
  Object.assign(new Error('driver adapter error'), {
    meta: { driverAdapterError: { cause: { originalCode: sqlstate, kind: 'postgres' } } },
  });

describe('isPermanentDataError', () => {
  it.each(['22P02', '22001', '23502', '23505', '23514', '23P01', 'P2002'])('%s is permanent', (code) => {
    expect(isPermanentDataError(adapterError(code))).toBe(true);
  });
  it.each(['40001', '40P01', '08006', '57P01', '23503', '53300'])('%s keeps retrying', (code) => {
    expect(isPermanentDataError(adapterError(code))).toBe(false);
  });
});

describe('classifyPermanentErrors', () => {
  it('turns a permanent refusal into a non-retryable failure and lets a transient one through', async () => {
    const activities = classifyPermanentErrors({
      refused: async () => Promise.reject(adapterError('23514')),
      deadlocked: async () => Promise.reject(adapterError('40P01')),
      fine: async (n: number) => n + 1,
    });
    await expect(activities.refused()).rejects.toMatchObject({ type: PERMANENT_DATA_ERROR, nonRetryable: true });
    const transient = await activities.deadlocked().catch((e: unknown) => e);
    expect(transient).not.toBeInstanceOf(ApplicationFailure);
    expect(await activities.fine(1)).toBe(2);
  });
});
