// A write PostgreSQL refuses for the data itself (SQLSTATE class 22, "data exception": a NUL in text, a number out of
// range, an impossible date) fails the same way on every attempt. Retried, it would hold the journey forever; made
// non-retryable, the workflow gets the failure at once and can put things back (see the completeTask handler).
import { ApplicationFailure } from '@temporalio/common';

export const PERMANENT_DATA_ERROR = 'PermanentDataError';

const DATA_EXCEPTION_MESSAGE = /invalid byte sequence|out of range|invalid input syntax|date\/time field value/i;

/** Whether the error (or one of its causes) is a PostgreSQL data exception. */
export function isPermanentDataError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const candidate = e as {
      code?: unknown;
      originalCode?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: unknown;
    };
    for (const code of [candidate.code, candidate.originalCode])
      if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
    if (typeof candidate.message === 'string' && DATA_EXCEPTION_MESSAGE.test(candidate.message)) return true;
    const adapter = (candidate.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
    e = adapter ?? candidate.cause;
  }
  return false;
}

/** Runs a projection write; a data exception becomes a non-retryable failure, anything else is thrown as is. */
export async function failPermanentlyOnDataError<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isPermanentDataError(error)) throw error;
    throw ApplicationFailure.nonRetryable(
      `PostgreSQL refused the data: ${(error as Error).message.slice(0, 300)}`,
      PERMANENT_DATA_ERROR,
    );
  }
}
