// Fault: the worker process is SIGKILLed while completions are in flight. Several journeys' tasks are completed at
// once through the completeTask Update; the worker dies as soon as the first completion reaches the database; a new
// worker takes over. Every completion lands exactly once: each task completed, the notify step's message written
// once, the next task opened once, and a client retrying its Update with the same id changes nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ParcoursDefinition } from '@parcours/rules';
import { completeTaskUpdate } from '@parcours/worker';
import { skeletonDefinition } from '../workflows/support/definitions.ts';
import { createWorkflowHarness, type WorkflowHarness } from '../workflows/support/harness.ts';
import { eventually } from '../workflows/support/setup.ts';
import { createLocalEnv } from '../support/temporal.ts';
import { writesNamed } from '../workflows/support/writes.ts';

// The dev server, as in production: the time-skipping test server re-delivers an update a dead worker had accepted.
let env: TestWorkflowEnvironment | undefined;
let harnessInstance: WorkflowHarness | undefined;
beforeAll(async () => {
  env = await createLocalEnv();
  harnessInstance = await createWorkflowHarness(env, inject('databaseUrl'));
});
afterAll(async () => {
  await harnessInstance?.close();
  await env?.teardown();
});
const harness = () => harnessInstance!;
const JOURNEYS = 6;

function spawnWorker(address: string, taskQueue: string, databaseUrl: string): Promise<ChildProcess> {
  const script = new URL('../workflows/support/worker-process.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', script, address, taskQueue, databaseUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker process exited with ${code}`)));
  });
}

/** A task, then a notify step to the coordinators, then a follow-up task: a completion has three effects to count. */
function completionDefinition(): ParcoursDefinition {
  const base = skeletonDefinition(`fault-${randomUUID().slice(0, 8)}`);
  const screening = base.steps[0]!;
  return {
    ...base,
    start: 'screening',
    steps: [
      { ...screening, next: [{ to: 'announce' }] },
      {
        id: 'announce',
        type: 'notify',
        to: { role: 'coordinator' },
        message: { fr: 'Dépistage saisi' },
        next: [{ to: 'followup' }],
      },
      { ...screening, id: 'followup', title: { fr: 'Suivi' }, next: [{ to: 'done' }] },
      { id: 'done', type: 'end', outcome: 'completed' },
    ],
  } as ParcoursDefinition;
}

describe('worker killed mid-completion', () => {
  it('loses and doubles no completion when the worker dies while they are in flight', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    const definition = await h.publish(completionDefinition());
    const journeys: Awaited<ReturnType<typeof h.start>>[] = [];
    for (let i = 0; i < JOURNEYS; i++) journeys.push(await h.start(definition, await h.createPatient()));
    const journeyIds = journeys.map((j) => j.journeyId);

    const worker = await spawnWorker(h.env.address, h.taskQueue, inject('databaseUrl'));
    let updates: Promise<unknown>[] = [];
    try {
      const tasks = await Promise.all(journeyIds.map((id) => h.openTask(id, 'screening')));
      updates = journeys.map(({ handle }, i) =>
        handle.executeUpdate(completeTaskUpdate, {
          args: [{ taskId: tasks[i]!.id, answers: { chairRiseSeconds: 10 + i }, completedBy: nurse }],
          updateId: `complete-${tasks[i]!.id}`,
        }),
      );
      // Die as soon as the first completion is in the database: the others are somewhere in flight.
      await eventually(
        async () => (await h.prisma.task.count({ where: { journeyId: { in: journeyIds }, status: 'completed' } })) > 0,
        'a first completion',
      );
    } finally {
      worker.kill('SIGKILL');
    }
    const completedAtKill = await h.prisma.task.count({
      where: { journeyId: { in: journeyIds }, stepId: 'screening', status: 'completed' },
    });

    await h.withWorker(async () => {
      // Activities the dead worker had started are retried once their 30 s start-to-close timeout passes.
      const results = await Promise.allSettled(updates);
      const refused = (r: PromiseSettledResult<unknown>) =>
        r.status === 'rejected' ? `${String(r.reason)} ${String((r.reason as Error).cause)}` : r.status;
      expect(results.map(refused)).toEqual(Array(JOURNEYS).fill('fulfilled'));

      for (const { journeyId } of journeys) await h.openTask(journeyId, 'followup');
      // A client that never saw its answer retries with the same update id: the same answer, no second completion.
      const tasks = await h.prisma.task.findMany({ where: { journeyId: { in: journeyIds }, stepId: 'screening' } });
      for (const { handle, journeyId } of journeys) {
        const task = tasks.find((t) => t.journeyId === journeyId)!;
        await handle.executeUpdate(completeTaskUpdate, {
          args: [{ taskId: task.id, answers: { chairRiseSeconds: 99 }, completedBy: nurse }],
          updateId: `complete-${task.id}`,
        });
      }
    });

    expect(completedAtKill).toBeLessThanOrEqual(JOURNEYS);
    for (const [i, { journeyId, handle }] of journeys.entries()) {
      const tasks = await h.prisma.task.findMany({ where: { journeyId }, orderBy: { createdAt: 'asc' } });
      expect(tasks.map((t) => [t.stepId, t.status])).toEqual([
        ['screening', 'completed'],
        ['followup', 'open'],
      ]);
      expect(tasks[0]!.answers).toEqual({ chairRiseSeconds: 10 + i });
      expect(await h.prisma.outboxMessage.count({ where: { journeyId } })).toBe(1);
      const history = await handle.fetchHistory();
      const accepted = history.events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
      expect(accepted).toHaveLength(1);
      // Each task opened once: by an openTask activity or local write, the first one folded into the start's.
      const opened = writesNamed(history, 'openTask');
      expect(opened).toHaveLength(2);
    }
  });
});
