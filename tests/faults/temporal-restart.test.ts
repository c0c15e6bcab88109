// Fault: the Temporal server restarts (same database file) while journeys wait on their tasks, with the worker left
// running. Afterwards every journey is still running at its task, the completions go through, and each journey ends
// with exactly its one task and its one message: nothing lost, doubled or stuck.
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { NativeConnection } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ParcoursDefinition } from '@parcours/rules';
import { completeTaskUpdate, journeyStateQuery } from '@parcours/worker';
import { skeletonDefinition } from '../workflows/support/definitions.ts';
import { createWorkflowHarness, type WorkflowHarness } from '../workflows/support/harness.ts';
import { startDevServerProcess, type DevServerProcess } from './support/dev-server-process.ts';

const JOURNEYS = 5;
let server: DevServerProcess;
let connection: Connection;
let nativeConnection: NativeConnection;
let h: WorkflowHarness;

beforeAll(async () => {
  server = await startDevServerProcess();
  connection = await Connection.connect({ address: server.address });
  nativeConnection = await NativeConnection.connect({ address: server.address });
  // The harness needs only a client and a worker connection from its environment.
  const env = { client: new Client({ connection }), nativeConnection } as unknown as TestWorkflowEnvironment;
  h = await createWorkflowHarness(env, inject('databaseUrl'));
});
afterAll(async () => {
  await h?.close();
  await nativeConnection?.close();
  await connection?.close();
  await server?.dispose();
});

/** A notify step to the nurses, then the skeleton's screening task: each journey writes one message, opens one task. */
function waitingDefinition(): ParcoursDefinition {
  const base = skeletonDefinition(`restart-${randomUUID().slice(0, 8)}`);
  return {
    ...base,
    start: 'announce',
    steps: [
      {
        id: 'announce',
        type: 'notify',
        to: { profession: 'IDE' },
        message: { fr: 'Inclusion' },
        next: [{ to: 'screening' }],
      },
      ...base.steps,
    ],
  } as ParcoursDefinition;
}

describe('Temporal restarted', () => {
  it('journeys waiting on tasks survive a server restart and finish once, with the same worker', async () => {
    const nurse = await h.createUser('IDE');
    const definition = await h.publish(waitingDefinition());
    await h.withWorker(async () => {
      const journeys = [];
      for (let i = 0; i < JOURNEYS; i++) journeys.push(await h.start(definition, await h.createPatient()));
      for (const { journeyId } of journeys) await h.openTask(journeyId, 'screening');

      await server.stop();
      await server.start();

      for (const { handle, journeyId } of journeys) {
        expect((await handle.describe()).status.name).toBe('RUNNING');
        const state = await handle.query(journeyStateQuery);
        expect(state.openTasks.map((t) => t.stepId)).toEqual(['screening']);
        const task = await h.openTask(journeyId, 'screening');
        await handle.executeUpdate(completeTaskUpdate, {
          args: [{ taskId: task.id, answers: { chairRiseSeconds: 30 }, completedBy: nurse }],
          updateId: `complete-${task.id}`,
        });
        expect(await handle.result()).toEqual({ status: 'completed', outcome: 'referred' });
      }
      for (const { journeyId } of journeys) {
        const tasks = await h.prisma.task.findMany({ where: { journeyId } });
        expect(tasks.map((t) => [t.stepId, t.status])).toEqual([['screening', 'completed']]);
        expect(await h.prisma.outboxMessage.count({ where: { journeyId } })).toBe(1);
        expect(await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).toMatchObject({
          status: 'completed',
          outcome: 'referred',
        });
      }
    });
  });
});
