// The worker process's logs: `worker/src/main.ts` run as `npm start` and docker-compose run it, with LOG_LEVEL=info.
// Its stdout is JSON lines from one pino logger: the process's own, the Temporal SDK's (worker state), the journey
// workflow's `log` and the activities' `log`, each with its ids; nothing below the configured level; and a clean
// drain on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { skeletonDefinition } from '../workflows/support/definitions.ts';
import { createWorkflowHarness, type WorkflowHarness } from '../workflows/support/harness.ts';
import { createTimeSkippingEnv } from '../support/temporal.ts';

type Line = Record<string, unknown> & { level: number; msg: string };

let env: TestWorkflowEnvironment | undefined;
let h: WorkflowHarness;
let worker: ChildProcess | undefined;
const lines: Line[] = [];
const notJson: string[] = [];

/** The first line matching, once the worker wrote it (bundling the workflows alone takes seconds on this machine). */
async function lineWhere(match: (line: Line) => boolean, what: string, timeoutMs = 60_000): Promise<Line> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = lines.find(match);
    if (found) return found;
    if (worker?.exitCode !== null || Date.now() > deadline) throw new Error(`no ${what} in ${JSON.stringify(lines)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  h = await createWorkflowHarness(env, inject('databaseUrl'));
  const { SMTP_URL: _noRelay, ...parentEnv } = process.env;
  worker = spawn(process.execPath, ['--import', 'tsx', new URL('../../worker/src/main.ts', import.meta.url).pathname], {
    env: {
      ...parentEnv,
      DATABASE_URL: inject('databaseUrl'),
      TEMPORAL_ADDRESS: env.address,
      TEMPORAL_TASK_QUEUE: h.taskQueue,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  worker.stdout!.on('data', (chunk: Buffer) => {
    const text = pending + chunk.toString();
    const complete = text.split('\n');
    pending = complete.pop() ?? '';
    for (const line of complete.filter((l) => l.trim())) {
      try {
        lines.push(JSON.parse(line) as Line);
      } catch {
        notJson.push(line);
      }
    }
  });
  await lineWhere((l) => l.msg === 'worker polling', "the worker's polling line");
});

afterAll(async () => {
  if (worker && worker.exitCode === null) worker.kill('SIGKILL');
  await h?.close();
  await env?.teardown();
});

describe('worker logging', () => {
  it("writes the SDK's, the workflow's and the activities' lines as JSON through pino at LOG_LEVEL", async () => {
    const definition = await h.publish(skeletonDefinition());
    const patientId = await h.createPatient();
    const { journeyId, handle } = await h.start(definition, patientId);

    const started = await lineWhere((l) => l.msg === 'journey started' && l.journeyId === journeyId, 'workflow line');
    expect(started).toMatchObject({
      level: 30,
      service: 'worker',
      sdkComponent: 'workflow',
      workflowId: handle.workflowId,
      workflowType: 'parcoursJourney',
      taskQueue: h.taskQueue,
      parcoursKey: definition.key,
    });
    const opened = await lineWhere((l) => l.msg === 'task opened' && l.journeyId === journeyId, 'activity line');
    expect(opened).toMatchObject({
      level: 30,
      service: 'worker',
      sdkComponent: 'activity',
      // Opened by the journey's first projection write, a local activity (local-projection-writes).
      activityType: 'projectionWrite',
      workflowId: handle.workflowId,
      stepId: definition.body.start,
    });
    expect(opened).not.toHaveProperty('taskToken');
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'Worker state changed', sdkComponent: 'worker' }));

    // LOG_LEVEL=info: the SDK's debug lines (activity completed, workflow activations) and the steps stay out.
    expect(lines.filter((l) => l.level < 30)).toEqual([]);
    expect(notJson).toEqual([]);
    // Ids only: the patient's row is never read into a log line.
    const patient = await h.prisma.patient.findUniqueOrThrow({ where: { id: patientId } });
    expect(JSON.stringify(lines)).not.toContain(patient.lastName);

    await handle.terminate('test over');
  });

  it('drains on SIGTERM, says so, and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => worker!.once('exit', resolve));
    worker!.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines.at(-1)).toMatchObject({ level: 30, msg: 'worker stopped', service: 'worker' });
  });
});
