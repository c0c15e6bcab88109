// What a months-long journey must survive: the worker dying mid-journey (a new worker replays and carries on without
// duplicating tasks or messages), a new version of its parcours being published (running journeys keep theirs), and
// its history growing past the bound (it continues as new, keeping its state and the chain of runs).
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { templates } from '@parcours/rules';
import { fetchJourneyHistories, journeyHistoryView, journeyStateQuery, replayJourney } from '@parcours/worker';
import { drive } from './support/drive.ts';
import { skeletonDefinition, weeklyVisitsDefinition } from './support/definitions.ts';
import { sharedBundle } from './support/harness.ts';
import { eventually, useTimeSkippingHarness } from './support/setup.ts';
import { templateScenarios } from './support/template-scenarios.ts';
import { writesNamed } from './support/writes.ts';
import { ensureTemplatePools } from '../support/template-pools.ts';

const harness = useTimeSkippingHarness();

function spawnWorker(address: string, taskQueue: string, databaseUrl: string): Promise<ChildProcess> {
  const script = new URL('./support/worker-process.ts', import.meta.url).pathname;
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

describe('durability', () => {
  it('a worker killed mid-journey is replaced without duplicate tasks or messages', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    await ensureTemplatePools(h.prisma);
    const scenario = templateScenarios.find((s) => s.name === 'frailty-60plus-positive-care-plan-dependent')!;
    const definition = await h.publish(templates['frailty-60plus']!);
    const { journeyId, handle } = await h.start(definition, await h.createPatient());

    const first = await spawnWorker(h.env.address, h.taskQueue, inject('databaseUrl'));
    try {
      await drive(h.env, handle, scenario.tasks.slice(0, 2), nurse);
      // The notify step ran and the care-plan task opened: the worker dies here, without draining.
      await h.openTask(journeyId, 'care-plan');
    } finally {
      first.kill('SIGKILL');
    }
    expect(await h.prisma.outboxMessage.count({ where: { journeyId } })).toBe(1);

    await h.withWorker(async () => {
      await drive(h.env, handle, scenario.tasks.slice(2), nurse);
      expect(await handle.result()).toEqual({ status: 'completed', outcome: scenario.outcome });
    });
    const tasks = await h.prisma.task.findMany({ where: { journeyId }, orderBy: { createdAt: 'asc' } });
    expect(tasks.map((t) => t.stepId)).toEqual(scenario.tasks.map(([s]) => s));
    expect(await h.prisma.outboxMessage.count({ where: { journeyId } })).toBe(1);
    const history = await handle.fetchHistory();
    const opened = writesNamed(history, 'openTask');
    expect(opened).toHaveLength(scenario.tasks.length);
  });

  it('a new published version leaves running journeys on theirs', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    await h.withWorker(async () => {
      const v1Body = skeletonDefinition();
      const v1 = await h.publish(v1Body);
      const old = await h.start(v1, await h.createPatient());
      await h.openTask(old.journeyId);
      // Version 2: a positive screen is no longer referred but completed.
      const v2Body = structuredClone(v1Body);
      (v2Body.steps.find((s) => s.id === 'referred') as { outcome: string }).outcome = 'completed';
      const v2 = await h.publish(v2Body);
      expect(v2.version).toBe(2);
      const fresh = await h.start(v2, await h.createPatient());

      for (const { handle, journeyId } of [old, fresh]) {
        const task = await h.openTask(journeyId);
        await drive(h.env, handle, [[task.stepId, { chairRiseSeconds: 30 }]], nurse);
      }
      expect(await old.handle.result()).toEqual({ status: 'completed', outcome: 'referred' });
      expect(await fresh.handle.result()).toEqual({ status: 'completed', outcome: 'completed' });
      const rows = await h.prisma.journey.findMany({ where: { id: { in: [old.journeyId, fresh.journeyId] } } });
      expect(Object.fromEntries(rows.map((r) => [r.id, r.parcoursVersion]))).toEqual({
        [old.journeyId]: 1,
        [fresh.journeyId]: 2,
      });
    });
  });

  it('continues as new past the history bound, keeping state, answers and the chain of runs', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(await h.publish(weeklyVisitsDefinition()), await h.createPatient(), {
        continueAsNewAfterEvents: 25,
      });
      const weights = [70, 71, 72, 73];
      await drive(
        h.env,
        handle,
        weights.map((w) => ['visit', { weightKg: w }]),
        nurse,
      );
      expect(await handle.result()).toEqual({ status: 'completed', outcome: 'completed' });

      const runs = await fetchJourneyHistories(h.env.client, handle.workflowId);
      expect(runs.length).toBeGreaterThanOrEqual(3);
      const journey = await eventually(async () => {
        const j = await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } });
        return j.runIds.length === runs.length ? j : null;
      }, 'every run recorded');
      expect(journey.runIds).toEqual(runs.map((r) => r.runId));
      expect(journey).toMatchObject({ status: 'completed', outcome: 'completed' });

      // The last run knows the whole journey: iterations counted across runs, every answer, the run chain.
      const state = await handle.query(journeyStateQuery);
      expect(state.iterations).toMatchObject({ visit: 4, pause: 4 });
      expect(state.answers.visit).toEqual({ weightKg: 73 });
      expect(state.runIds).toEqual(journey.runIds);
      expect(state.timeline.filter((e) => e.kind === 'continued').length).toBe(runs.length - 1);
      expect(await h.prisma.task.count({ where: { journeyId } })).toBe(4);

      const view = journeyHistoryView(runs);
      expect(view.journeyId).toBe(journeyId);
      expect(view.events.filter((e) => e.kind === 'task-completed')).toHaveLength(4);
      expect(view.events.filter((e) => e.kind === 'continued')).toHaveLength(runs.length - 1);
      expect(view.events.filter((e) => e.kind === 'started')).toHaveLength(1);
      expect(await replayJourney(runs, { workflowBundle: await sharedBundle() })).toEqual({
        ok: true,
        runs: runs.length,
      });
    });
  });
});
