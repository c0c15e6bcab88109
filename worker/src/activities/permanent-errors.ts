// A write PostgreSQL refuses for the data itself (SQLSTATE class 22, "data exception": a NUL in text, a number out of
// range, an impossible date) fails the same way on every attempt. Retried, it would hold the journey forever; made
// non-retryable, the workflow gets the failure at once and can put things back (see the completeTask handler) or hold
// the journey in its `error` state until a coordinator retries (see workflows/recoverable.ts). Integrity violations
// that no retry can heal (NOT NULL, CHECK, UNIQUE, exclusion) are permanent too; a foreign key violation is not: the
// referenced row may be written by another transaction. Connection loss, serialization failures and deadlocks
// (classes 08, 40, 57) are transient and keep retrying.
import { ApplicationFailure } from '@temporalio/common';
import { errorChain } from '@parcours/db';
import { activityLog } from './log.ts';

export const PERMANENT_DATA_ERROR = 'PermanentDataError';

// Prisma's own codes for the same refusals: value too long, unique, null constraint, check constraint.
const PERMANENT_PRISMA_CODES = new Set(['P2000', 'P2002', 'P2011', 'P2004']);
const PERMANENT_SQLSTATE = /^(22[0-9A-Z]{3}|23502|23505|23514|23P01)$/;

const DATA_EXCEPTION_MESSAGE = /invalid byte sequence|out of range|invalid input syntax|date\/time field value/i;

/** Whether the error (or one of its causes) is a PostgreSQL data exception or an integrity violation that cannot heal. */
export function isPermanentDataError(error: unknown): boolean {
  for (const link of errorChain(error)) {
    for (const code of [link.code, link.originalCode])
      if (typeof code === 'string' && (PERMANENT_SQLSTATE.test(code) || PERMANENT_PRISMA_CODES.has(code))) return true;
    if (typeof link.message === 'string' && DATA_EXCEPTION_MESSAGE.test(link.message)) return true;
  }
  return false;
}

/**
 * PostgreSQL's own words (and SQLSTATE) when the driver adapter kept them: coordinators read this message, and
 * Prisma's wrapping one quotes the worker's source code.
 */
function describeRefusal(error: unknown): string {
  for (const link of errorChain(error))
    if (typeof link.originalMessage === 'string')
      return `${link.originalMessage.slice(0, 300)}${typeof link.originalCode === 'string' ? ` (SQLSTATE ${link.originalCode})` : ''}`;
  return (error as Error).message.slice(0, 300);
}

function sqlStateOf(error: unknown): string | null {
  for (const link of errorChain(error))
    for (const code of [link.originalCode, link.code]) if (typeof code === 'string') return code;
  return null;
}

/** Runs a projection write; a data exception becomes a non-retryable failure, anything else is thrown as is. */
export async function failPermanentlyOnDataError<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    // Already classified (a nested write, or an activity's own non-retryable failure): keep it as it is.
    if (error instanceof ApplicationFailure || !isPermanentDataError(error)) throw error;
    // The SQLSTATE says what kind of refusal; PostgreSQL's message may quote the refused value, so it stays out.
    activityLog().warn('permanent database refusal, not retried', { sqlState: sqlStateOf(error) });
    throw ApplicationFailure.nonRetryable(
      `PostgreSQL refused the data: ${describeRefusal(error)}`,
      PERMANENT_DATA_ERROR,
    );
  }
}

/**
 * Every activity of the record, its writes classified: a permanent refusal fails at once (non-retryable), anything
 * else (connection, serialization, deadlock) is thrown as is and retried by the workflow's retry policy.
 */
export function classifyPermanentErrors<T extends Record<string, (...args: never[]) => Promise<unknown>>>(
  activities: T,
): T {
  return Object.fromEntries(
    Object.entries(activities).map(([name, activity]) => [
      name,
      (...args: never[]) => failPermanentlyOnDataError(() => activity(...args)),
    ]),
  ) as T;
}
