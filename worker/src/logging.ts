// The worker's logs: one pino logger (JSON lines, level from LOG_LEVEL, as in the API), and the Temporal runtime's
// logger forwarding to it, so the SDK's own messages, the native core's, workflow `log` calls (replay-safe: dropped
// while a workflow replays) and activity `log` calls all come out as the same JSON lines with their workflow and
// activity ids. Log ids only: never a patient's name, answers or free text.
import { pino, type DestinationStream, type Level, type Logger as PinoLogger } from 'pino';
import type { Logger, LogLevel, LogMetadata } from '@temporalio/common';
import { Runtime } from '@temporalio/worker';
import type { WorkerConfig } from './config.ts';

export type WorkerLogLevel = WorkerConfig['LOG_LEVEL'];

/** The worker process's root logger; `destination` lets a test read the lines. */
export function createWorkerLogger(level: WorkerLogLevel, destination?: DestinationStream): PinoLogger {
  const options = {
    level,
    base: { service: 'worker' },
    // The SDK puts failures under `error` (activity failed, sink threw…): serialise it like pino's own `err`.
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
  };
  return destination ? pino(options, destination) : pino(options);
}

const pinoLevelOf: Record<LogLevel, Level> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/** Temporal's Logger interface over a pino logger: the metadata (workflowId, activityId, sdkComponent…) become fields. */
export function temporalLoggerFor(logger: PinoLogger): Logger {
  // Symbol keys (the SDK's LogTimestamp) are not JSON: pino's own time stands. An activity's task token completes it
  // from anywhere (async completion): a credential, kept out of the logs.
  const log = (level: LogLevel, message: string, meta?: LogMetadata) => {
    const { taskToken: _credential, ...fields } = meta ?? {};
    logger[pinoLevelOf[level]](fields, message);
  };
  return {
    log,
    trace: (message, meta) => log('TRACE', message, meta),
    debug: (message, meta) => log('DEBUG', message, meta),
    info: (message, meta) => log('INFO', message, meta),
    warn: (message, meta) => log('WARN', message, meta),
    error: (message, meta) => log('ERROR', message, meta),
  };
}

/** The native core's filter for a pino level: it drops below that level before crossing into JavaScript. */
export function coreLogLevel(level: WorkerLogLevel): LogLevel {
  switch (level) {
    case 'trace':
      return 'TRACE';
    case 'debug':
      return 'DEBUG';
    case 'info':
      return 'INFO';
    case 'warn':
      return 'WARN';
    case 'fatal':
    case 'error':
    case 'silent':
      return 'ERROR';
  }
}

/**
 * Installs the process-wide Temporal runtime with its logs forwarded to `logger`. Once per process, before any worker
 * or connection is created (Runtime.install throws otherwise): the process entry calls it, never createWorker, whose
 * in-process callers (tests) share one runtime.
 */
export function installRuntimeLogging(logger: PinoLogger, level: WorkerLogLevel): Runtime {
  return Runtime.install({
    logger: temporalLoggerFor(logger),
    telemetryOptions: { logging: { forward: {}, filter: { core: coreLogLevel(level) } } },
  });
}
