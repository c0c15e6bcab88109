import { Writable } from 'node:stream';
import { LogTimestamp } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './config.ts';
import { coreLogLevel, createWorkerLogger, temporalLoggerFor } from './logging.ts';

/** A pino destination that keeps the parsed JSON lines. */
function collect(): { stream: Writable; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { stream, lines };
}

describe('worker logging', () => {
  it("forwards Temporal's log calls to pino as JSON lines with their metadata, at the configured level", () => {
    const { stream, lines } = collect();
    const logger = temporalLoggerFor(createWorkerLogger('info', stream));
    logger.debug('Activity completed', { activityId: '1' });
    logger.info('journey started', { workflowId: 'journey/k/p', sdkComponent: 'workflow', [LogTimestamp]: 1n });
    logger.warn('Activity failed', {
      activityType: 'openTask',
      taskToken: 'c2VjcmV0',
      error: new Error('connection lost'),
    });
    logger.log('ERROR', 'Workflow failed', { runId: 'r' });

    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [30, 'journey started'],
      [40, 'Activity failed'],
      [50, 'Workflow failed'],
    ]);
    expect(lines[0]).toMatchObject({ service: 'worker', workflowId: 'journey/k/p', sdkComponent: 'workflow' });
    // An Error under the SDK's `error` key keeps its message and type, not `{}`.
    expect(lines[1]).toMatchObject({ activityType: 'openTask', error: { type: 'Error', message: 'connection lost' } });
    // The task token would let anyone reading the logs complete the activity.
    expect(lines[1]).not.toHaveProperty('taskToken');
  });

  it('lets debug lines through at LOG_LEVEL=debug and nothing at silent', () => {
    const debug = collect();
    temporalLoggerFor(createWorkerLogger('debug', debug.stream)).debug('step entered', { stepId: 's' });
    expect(debug.lines).toMatchObject([{ level: 20, msg: 'step entered', stepId: 's' }]);
    const silent = collect();
    temporalLoggerFor(createWorkerLogger('silent', silent.stream)).error('Workflow failed');
    expect(silent.lines).toEqual([]);
  });

  it("filters the native core at the same level, never finer than Temporal's coarsest for fatal and silent", () => {
    expect(coreLogLevel('trace')).toBe('TRACE');
    expect(coreLogLevel('debug')).toBe('DEBUG');
    expect(coreLogLevel('info')).toBe('INFO');
    expect(coreLogLevel('warn')).toBe('WARN');
    expect(coreLogLevel('error')).toBe('ERROR');
    expect(coreLogLevel('fatal')).toBe('ERROR');
    expect(coreLogLevel('silent')).toBe('ERROR');
  });

  it('reads LOG_LEVEL like the API: info by default, a pino level name, anything else refused at boot', () => {
    const base = { DATABASE_URL: 'postgresql://localhost/x' };
    expect(loadWorkerConfig(base).LOG_LEVEL).toBe('info');
    expect(loadWorkerConfig({ ...base, LOG_LEVEL: 'debug' }).LOG_LEVEL).toBe('debug');
    expect(() => loadWorkerConfig({ ...base, LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });
});
