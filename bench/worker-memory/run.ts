// `npx tsx bench/worker-memory/run.ts [--journeys 5000] [--concurrency 64]`: the worker's resident memory with N
// journeys waiting on timers, for its configured bounds (worker/src/limits.ts defaults) and for what it ran with before
// (the SDK's defaults: a cache sized from the V8 heap limit, 40 workflow tasks and 100 activities at once).
// Each configuration runs `worker/src/main.ts` as its own process (as in production, read from its env variables) on
// its own task queue, against a local Temporal dev server (pinned CLI, in memory, headless) and a throwaway
// PostgreSQL database; N journeys whose first step is a 6-month wait are started, and once every one sits on its
// timer the worker's RSS (and its peak, VmHWM) is read from /proc. Writes bench/worker-memory/last-run.json.
// BENCH_BASELINE=0 skips the SDK-defaults run.
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import v8 from 'node:v8';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { ParcoursDefinition } from '@parcours/rules';
import { JOURNEY_SEARCH_ATTRIBUTES, startJourneyWorkflow } from '@parcours/worker';
import { createPrismaClient } from '@parcours/db';
import { temporalBinaries } from '../../scripts/temporal-bins.mjs';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { startChild } from '../api/processes.ts';
import { runPool, until } from '../journeys/pool.ts';
import { patients, publish } from '../support/fixtures.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const JOURNEYS = arg('journeys', 5000);
const START_CONCURRENCY = arg('concurrency', 64);
const BASELINE = process.env.BENCH_BASELINE !== '0';
const log = (...a: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const MiB = 2 ** 20;

/** What the worker ran with before its bounds: Worker.create's defaults (worker-options.ts of @temporalio/worker). */
function sdkDefaults(): Record<string, string> {
  // Same Node, same flags as the child: the same heap limit, hence the same default cache size.
  const heapMiB = v8.getHeapStatistics().heap_size_limit / MiB;
  return {
    WORKER_MAX_CACHED_WORKFLOWS: String(Math.max(Math.floor((Math.max(heapMiB - 200, 0) * 600) / 1024), 10)),
    WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '40',
    WORKER_MAX_CONCURRENT_ACTIVITIES: '100',
    WORKER_MAX_CONCURRENT_LOCAL_ACTIVITIES: '100',
    WORKER_WORKFLOW_THREADS: '1',
  };
}

function waitingDefinition(key: string): ParcoursDefinition {
  return {
    key,
    title: { fr: 'Bench mémoire' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 18 }] },
    start: 'first',
    steps: [
      { id: 'first', type: 'wait', duration: 'P6M', next: [{ to: 'done' }] },
      { id: 'done', type: 'end', outcome: 'completed' },
    ],
  } as ParcoursDefinition;
}

/** VmRSS and VmHWM (peak) of a process, in MiB. */
async function memoryOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kib('VmRSS') / 1024), peak: Math.round(kib('VmHWM') / 1024) };
}

const loadAtStart = os.loadavg().map((l) => l.toFixed(2));
log(`load average at start: ${loadAtStart.join(' ')} (1, 5, 15 min) on ${os.cpus().length} cores`);
const db = await createTestDatabase('bench');
const prisma = createPrismaClient(db.url, { max: 10 });
let env: TestWorkflowEnvironment | undefined;
try {
  const { cli } = await temporalBinaries();
  if (!cli) throw new Error('Temporal CLI not found: run scripts/temporal-bins.sh');
  env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: cli },
      searchAttributes: JOURNEY_SEARCH_ATTRIBUTES,
      ip: '127.0.0.1',
      extraArgs: ['--headless'],
    },
  });
  const configurations: { name: string; env: Record<string, string> }[] = [
    { name: 'configured bounds (defaults)', env: {} },
    ...(BASELINE ? [{ name: 'SDK defaults (before)', env: sdkDefaults() }] : []),
  ];
  const runs = [];
  for (const configuration of configurations) {
    const taskQueue = `bench-memory-${randomUUID().slice(0, 8)}`;
    const worker = await startChild(
      'worker/src/main.ts',
      {
        ...configuration.env,
        DATABASE_URL: db.url,
        TEMPORAL_ADDRESS: env.address,
        TEMPORAL_TASK_QUEUE: taskQueue,
        LOG_LEVEL: 'info',
      },
      /worker polling/,
    );
    const pid = worker.process.pid!;
    try {
      const limits = (JSON.parse(/\{.*"worker polling".*\}/.exec(worker.line)?.[0] ?? '{}') as { limits?: object })
        .limits;
      log(`${configuration.name}: worker ${pid} polling ${taskQueue}, limits ${JSON.stringify(limits)}`);
      const idle = await memoryOf(pid);
      const definition = await publish(prisma, waitingDefinition(`bench-memory-${randomUUID().slice(0, 6)}`));
      const ids = await patients(prisma, JOURNEYS);
      const t0 = performance.now();
      let peakSampled = 0;
      const sampler = setInterval(() => {
        void memoryOf(pid).then((m) => (peakSampled = Math.max(peakSampled, m.rss)));
      }, 1000);
      try {
        await runPool(JOURNEYS, START_CONCURRENCY, (i) =>
          startJourneyWorkflow(env!.client, {
            taskQueue,
            journeyId: randomUUID(),
            patientId: ids[i]!,
            definition,
            startedBy: null,
          }),
        );
        const startedMs = performance.now() - t0;
        log(`${JOURNEYS} journeys started in ${Math.round(startedMs)} ms`);
        await until(
          'journeys on their timers',
          async () =>
            (await prisma.journey.count({ where: { parcoursKey: definition.key, currentStep: 'first' } })) === JOURNEYS,
          3_600_000,
        );
        const settledMs = performance.now() - t0;
        // A few seconds for the last workflow tasks to complete and the worker to go idle.
        await new Promise((r) => setTimeout(r, 5_000));
        const waiting = await memoryOf(pid);
        log(`all waiting after ${Math.round(settledMs)} ms: RSS ${waiting.rss} MiB, peak ${waiting.peak} MiB`);
        runs.push({
          configuration: configuration.name,
          env: configuration.env,
          limits,
          rssMiBIdle: idle.rss,
          rssMiBWithJourneysWaiting: waiting.rss,
          peakRssMiB: Math.max(waiting.peak, peakSampled),
          startedInMs: Math.round(startedMs),
          allWaitingAfterMs: Math.round(settledMs),
        });
      } finally {
        clearInterval(sampler);
      }
    } finally {
      await worker.stop();
    }
  }
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    loadAverageAtStart: loadAtStart,
    journeys: JOURNEYS,
    target: 'RSS < 600 MiB with 5,000 journeys waiting',
    runs,
  };
  console.log(JSON.stringify(report, null, 2));
  await writeFile(new URL('./last-run.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
} finally {
  await prisma.$disconnect();
  await db.drop();
  await env?.teardown();
}
