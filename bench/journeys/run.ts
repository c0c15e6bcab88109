// `npx tsx bench/journeys/run.ts [--journeys 5000] [--tasks 1000]`: journey engine throughput on this machine, against
// a local Temporal dev server it starts (the pinned CLI) and a throwaway PostgreSQL database it creates.
// 1. starts/s of N journeys (first step a 6-month wait) beside N empty workflows (sleep only) on the same server;
// 2. completions/s and p99 latency of M completeTask updates sent at once; 3. worker RSS with N journeys on timers.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { cpus, totalmem } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { Client } from '@temporalio/client';
import type { ParcoursDefinition } from '@parcours/rules';
import { bundleWorkflows, completeTaskUpdate, createActivities, startJourneyWorkflow } from '@parcours/worker';
import { createPrismaClient } from '@parcours/db';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { createLocalEnv } from '../../tests/support/temporal.ts';
import { percentile, runPool, until } from './pool.ts';
import { patients, publish } from '../support/fixtures.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const JOURNEYS = arg('journeys', 5000);
const TASKS = arg('tasks', 1000);
const START_CONCURRENCY = arg('concurrency', 64);

Runtime.install({ logger: new DefaultLogger('ERROR') });
const log = (...a: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

function definition(key: string, firstStep: 'wait' | 'task'): ParcoursDefinition {
  const first =
    firstStep === 'wait'
      ? { id: 'first', type: 'wait', duration: 'P6M', next: [{ to: 'done' }] }
      : {
          id: 'first',
          type: 'task',
          assignee: { profession: 'IDE' },
          due: 'P14D',
          form: [{ id: 'ok', type: 'boolean', label: { fr: 'Fait' }, required: true }],
          next: [{ to: 'recall' }],
        };
  const steps = [first, { id: 'recall', type: 'wait', duration: 'P6M', next: [{ to: 'done' }] }];
  return {
    key,
    title: { fr: `Bench ${firstStep}` },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 18 }] },
    start: 'first',
    steps: [...(firstStep === 'wait' ? [first] : steps), { id: 'done', type: 'end', outcome: 'completed' }],
  } as ParcoursDefinition;
}

const db = await createTestDatabase('bench');
const env = await createLocalEnv();
const prisma = createPrismaClient(db.url, { max: 20 });
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
try {
  log(`server ${env.address}, database ready; bundling`);
  const [productBundle, benchBundle] = await Promise.all([
    bundleWorkflows(),
    bundleWorkflowCode({
      workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)),
      logger: new DefaultLogger('ERROR'),
    }),
  ]);
  const journeyWorker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: 'bench-journeys',
    workflowBundle: productBundle,
    activities: createActivities({ prisma }),
    maxCachedWorkflows: 2 * JOURNEYS + TASKS + 100,
    maxConcurrentActivityTaskExecutions: 40,
    maxConcurrentLocalActivityExecutions: 40,
  });
  const emptyWorker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: 'bench-empty',
    workflowBundle: benchBundle,
    maxCachedWorkflows: JOURNEYS + 100,
  });
  const running = [journeyWorker.run(), emptyWorker.run()];
  // Eager start needs the client on the very NativeConnection the journey worker polls with (same process).
  const eagerClient = new Client({ connection: env.nativeConnection, namespace: 'default' });
  const results = await (async () => {
    try {
      // 1. Empty workflows, then journeys, same server, same client, same concurrency.
      const empty = performance.now();
      await runPool(JOURNEYS, START_CONCURRENCY, (i) =>
        env.client.workflow.start('emptyWorkflow', {
          taskQueue: 'bench-empty',
          workflowId: `empty-${i}-${randomUUID()}`,
        }),
      );
      const emptyMs = performance.now() - empty;
      log(`${JOURNEYS} empty workflows started in ${Math.round(emptyMs)} ms`);

      const waitDef = await publish(prisma, definition(`bench-wait-${randomUUID().slice(0, 6)}`, 'wait'));
      const waitPatients = await patients(prisma, JOURNEYS);
      const journeysT0 = performance.now();
      await runPool(JOURNEYS, START_CONCURRENCY, (i) =>
        startJourneyWorkflow(env.client, {
          taskQueue: 'bench-journeys',
          journeyId: randomUUID(),
          patientId: waitPatients[i]!,
          definition: waitDef,
          startedBy: null,
        }),
      );
      const journeysMs = performance.now() - journeysT0;
      log(`${JOURNEYS} journeys started in ${Math.round(journeysMs)} ms`);
      await until('journeys on their timers', async () => {
        const n = await prisma.journey.count({ where: { parcoursKey: waitDef.key, currentStep: 'first' } });
        return n === JOURNEYS;
      });
      const settledMs = performance.now() - journeysT0;
      const rssWaiting = process.memoryUsage().rss;
      log(
        `all ${JOURNEYS} journeys waiting after ${Math.round(settledMs)} ms; rss ${Math.round(rssWaiting / 2 ** 20)} MiB`,
      );

      // 1b. The same starts, eager (requestEagerStart): the client shares the in-process worker's NativeConnection, so
      // the server hands each first workflow task back with the start instead of through the task queue.
      const eagerDef = await publish(prisma, definition(`bench-eager-${randomUUID().slice(0, 6)}`, 'wait'));
      const eagerPatients = await patients(prisma, JOURNEYS);
      let eagerlyStarted = 0;
      const eagerT0 = performance.now();
      await runPool(JOURNEYS, START_CONCURRENCY, async (i) => {
        const handle = await startJourneyWorkflow(eagerClient, {
          taskQueue: 'bench-journeys',
          journeyId: randomUUID(),
          patientId: eagerPatients[i]!,
          definition: eagerDef,
          startedBy: null,
          eager: true,
        });
        // The handle client.workflow.start returns says whether the server honoured the request (typed wider here).
        if ((handle as { eagerlyStarted?: boolean }).eagerlyStarted) eagerlyStarted++;
      });
      const eagerMs = performance.now() - eagerT0;
      log(`${JOURNEYS} journeys started eagerly in ${Math.round(eagerMs)} ms (${eagerlyStarted} eagerly started)`);
      await until('eager journeys on their timers', async () => {
        const n = await prisma.journey.count({ where: { parcoursKey: eagerDef.key, currentStep: 'first' } });
        return n === JOURNEYS;
      });
      const eagerSettledMs = performance.now() - eagerT0;

      // 2. Task completions: M journeys open a task, then all M updates are sent at once.
      const taskDef = await publish(prisma, definition(`bench-task-${randomUUID().slice(0, 6)}`, 'task'));
      const taskPatients = await patients(prisma, TASKS);
      const handles = await Promise.all(
        taskPatients.map(async (patientId) => {
          const journeyId = randomUUID();
          const handle = await startJourneyWorkflow(env.client, {
            taskQueue: 'bench-journeys',
            journeyId,
            patientId,
            definition: taskDef,
            startedBy: null,
          });
          return { handle, journeyId };
        }),
      );
      await until('tasks open', async () => (await prisma.task.count({ where: { status: 'open' } })) === TASKS);
      const tasks = new Map(
        (await prisma.task.findMany({ where: { status: 'open' }, select: { id: true, journeyId: true } })).map((t) => [
          t.journeyId,
          t.id,
        ]),
      );
      // completedBy is a real user: the Task row references it.
      const nurse = await prisma.user.create({
        data: {
          email: `bench-${randomUUID().slice(0, 8)}@bench.cpts.fr`,
          displayName: 'Bench',
          role: 'professional',
          profession: 'IDE',
        },
      });
      const updatesT0 = performance.now();
      let failedUpdates = 0;
      const latencies = await runPool(TASKS, TASKS, async (i) => {
        const { handle, journeyId } = handles[i]!;
        // An update the overloaded server times out counts as failed, with its latency, instead of ending the run.
        await handle
          .executeUpdate(completeTaskUpdate, {
            args: [
              {
                taskId: tasks.get(journeyId)!,
                answers: { ok: true },
                completedBy: nurse.id,
              },
            ],
          })
          .catch((error: unknown) => {
            failedUpdates++;
            if (failedUpdates === 1) log('first failed update:', (error as Error).message);
          });
      });
      const updatesMs = performance.now() - updatesT0;
      log(`${TASKS} tasks completed in ${Math.round(updatesMs)} ms`);
      return {
        emptyMs,
        journeysMs,
        settledMs,
        eagerMs,
        eagerSettledMs,
        eagerlyStarted,
        rssWaiting,
        updatesMs,
        latencies,
        failedUpdates,
      };
    } finally {
      journeyWorker.shutdown();
      emptyWorker.shutdown();
      await Promise.all(running);
    }
  })();

  const startsEmpty = rate(JOURNEYS, results.emptyMs);
  const startsJourneys = rate(JOURNEYS, results.journeysMs);
  const startsEager = rate(JOURNEYS, results.eagerMs);
  const report = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    journeys: JOURNEYS,
    tasks: TASKS,
    startsPerSecondEmpty: startsEmpty,
    startsPerSecondJourneys: startsJourneys,
    ratio: Math.round((startsJourneys / startsEmpty) * 100) / 100,
    journeysWaitingAfterMs: Math.round(results.settledMs),
    startsPerSecondJourneysEager: startsEager,
    ratioEager: Math.round((startsEager / startsEmpty) * 100) / 100,
    eagerlyStarted: results.eagerlyStarted,
    eagerJourneysWaitingAfterMs: Math.round(results.eagerSettledMs),
    completionsPerSecond: rate(TASKS - results.failedUpdates, results.updatesMs),
    failedUpdates: results.failedUpdates,
    updateLatencyMs: {
      p50: Math.round(percentile(results.latencies, 50)),
      p99: Math.round(percentile(results.latencies, 99)),
      max: Math.round(Math.max(...results.latencies)),
    },
    rssMiBWithJourneysWaiting: Math.round(results.rssWaiting / 2 ** 20),
  };
  console.log(JSON.stringify(report, null, 2));
  await writeFile(new URL('./last-run.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
} finally {
  await prisma.$disconnect();
  // Drop the database even when the server teardown fails (it refuses while a failed worker still holds it).
  await db.drop();
  await env.teardown();
}
