// Where enrolment time goes (not a test): `npx tsx bench/api/starts.ts`. Starts workflows against an in-memory
// Temporal dev server with no worker, at several concurrencies, and reports starts/s, start RPC latency and the CPU
// seconds the dev server and this process spent per 1,000 starts: when the server's CPU per start times the rate
// reaches the cores it can get, more concurrency cannot help.
// BENCH_KINDS chooses what is started, in the same server and run (default "empty,journey"):
//  - empty: a bare start (workflow type only: no input, memo nor search attributes), the server's ceiling;
//  - journey: a frailty journey exactly as enrolment starts it (startJourneyWorkflow: the pinned definition, ≈12 KB of
//    compact JSON, in the input, a memo, four search attributes, id policies);
//  - journey-ref: the same start with the definition's body left out of the input (what a reference + hash would weigh);
//  - journey-nosa: the same start without the search attributes;
//  - journey-native: the journey start through the SDK's Rust connection (NativeConnection) instead of grpc-js.
// BENCH_STARTS (per kind and concurrency, default 1000), BENCH_CONCURRENCY (default "32,64,128"), BENCH_TEMPORAL_ARGS
// (extra `temporal server start-dev` flags, space separated, e.g. "--dynamic-config-value k=v").
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { templates, type ParcoursDefinition } from '@parcours/rules';
import { JOURNEY_SEARCH_ATTRIBUTES, startJourneyWorkflow } from '@parcours/worker';
import { temporalBinaries } from '../../scripts/temporal-bins.mjs';
import { cpuSeconds, devServerPid } from './proc-cpu.ts';
import { summary } from './stats.ts';

const PER_RUN = Number(process.env.BENCH_STARTS ?? 1000);
const CONCURRENCIES = (process.env.BENCH_CONCURRENCY ?? '32,64,128').split(',').map(Number);
const KINDS = (process.env.BENCH_KINDS ?? 'empty,journey').split(',');
const EXTRA_ARGS = process.env.BENCH_TEMPORAL_ARGS?.split(' ').filter(Boolean) ?? [];

const { cli } = await temporalBinaries();
if (!cli) throw new Error('Temporal CLI not found: run scripts/temporal-bins.sh');
const env = await TestWorkflowEnvironment.createLocal({
  server: {
    executable: { type: 'existing-path', path: cli },
    searchAttributes: JOURNEY_SEARCH_ATTRIBUTES,
    ip: '127.0.0.1',
    extraArgs: ['--headless', ...EXTRA_ARGS],
  },
});
try {
  // The SDK's core spawns the dev server as a child of this process.
  const serverPid = devServerPid();
  console.log(`dev server pid ${serverPid}`);
  const frailty = templates['frailty-60plus']!;
  const definition = { id: randomUUID(), key: frailty.key, version: 1, hash: 'bench', body: frailty };
  // The same client on the SDK's Rust connection (the one workers use) instead of grpc-js.
  const native = new Client({ connection: env.nativeConnection });
  const lean = { ...definition, body: { title: frailty.title } as ParcoursDefinition };
  const start: Record<string, () => Promise<unknown>> = {
    empty: () => env.client.workflow.start('emptyWorkflow', { taskQueue: 'bench-starts', workflowId: randomUUID() }),
    journey: () => startJourney(definition, true),
    'journey-ref': () => startJourney(lean, true),
    'journey-nosa': () => startJourney(definition, false),
    'journey-native': () => startJourney(definition, true, native),
  };
  function startJourney(def: typeof definition, searchAttributes: boolean, client = env.client) {
    return startJourneyWorkflow(client, {
      taskQueue: 'bench-starts',
      journeyId: randomUUID(),
      patientId: randomUUID(),
      startedBy: null,
      definition: def,
      searchAttributes,
    });
  }
  console.log(
    `load average at start ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; dev server flags: ${EXTRA_ARGS.join(' ') || '(defaults)'}`,
  );
  // Warm-up, not measured: the server's first starts (caches, heap growth, task queue partitions loading) are slower.
  await Promise.all(
    Array.from({ length: 32 }, async (_, i) => {
      for (let j = i; j < 400; j += 32) await start.empty!();
    }),
  );
  console.log(`input ≈ ${Math.round(JSON.stringify(frailty).length / 1024)} KB per journey start, ${PER_RUN} per run`);
  for (const concurrency of CONCURRENCIES) {
    for (const kind of KINDS) {
      const fn = start[kind];
      if (!fn) throw new Error(`unknown kind ${kind}`);
      const latencies: number[] = [];
      let left = PER_RUN;
      const server0 = serverPid ? cpuSeconds(serverPid) : NaN;
      const self0 = process.cpuUsage();
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (left-- > 0) {
            const t = performance.now();
            await fn();
            latencies.push(performance.now() - t);
          }
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      const self = process.cpuUsage(self0);
      const server = serverPid ? cpuSeconds(serverPid) - server0 : NaN;
      const per1000 = (s: number) => Math.round((s / PER_RUN) * 1000 * 10) / 10;
      console.log(
        JSON.stringify({
          kind,
          concurrency,
          startsPerSecond: Math.round(PER_RUN / seconds),
          latencyMs: summary(latencies),
          devServerCpuSecondsPer1000: per1000(server),
          clientCpuSecondsPer1000: per1000((self.user + self.system) / 1e6),
          loadAverage: os.loadavg()[0]!.toFixed(2),
        }),
      );
    }
  }
} finally {
  await env.teardown();
}
