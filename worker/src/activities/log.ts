// The activity's context logger (activity id and type, workflow id, attempt, forwarded to the worker's pino logger),
// or nothing when an activity function is called directly, outside a worker (tests call them so).
import { asyncLocalStorage } from '@temporalio/activity';
import type { Logger } from '@temporalio/common';

const silent: Logger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** Ids only in the metadata: never a patient's name, answers or free text. */
export function activityLog(): Logger {
  return asyncLocalStorage.getStore()?.log ?? silent;
}
