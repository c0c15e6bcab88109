// Where enrolment time goes (not a test): `npx tsx bench/api/starts.ts`. Starts journeys of the frailty template (its
// ~25 KB definition in each start's input, as enrolment does) against an in-memory Temporal dev server with no worker,
// at several concurrencies, and reports starts/s, start RPC latency and the CPU seconds the dev server and this
// process spent per 1,000 starts: when the server's CPU per start times the rate reaches the cores it can get, more
// concurrency cannot help.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { templates } from '@parcours/rules';
import { JOURNEY_SEARCH_ATTRIBUTES, startJourneyWorkflow } from '@parcours/worker';
import { temporalBinaries } from '../../scripts/temporal-bins.mjs';
import { summary } from './stats.ts';

const PER_RUN = Number(process.env.BENCH_STARTS ?? 1000);
const CONCURRENCIES = (process.env.BENCH_CONCURRENCY ?? '32,64,128').split(',').map(Number);

/** User+system CPU seconds of a process and its children so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  return ticks / 100;
}

const { cli } = await temporalBinaries();
if (!cli) throw new Error('Temporal CLI not found: run scripts/temporal-bins.sh');
const env = await TestWorkflowEnvironment.createLocal({
  server: {
    executable: { type: 'existing-path', path: cli },
    searchAttributes: JOURNEY_SEARCH_ATTRIBUTES,
    ip: '127.0.0.1',
    extraArgs: ['--headless'],
  },
});
try {
  // The SDK's core spawns the dev server as a child of this process.
  const serverPid = readdirSync('/proc/self/task')
    .flatMap((t) => readFileSync(`/proc/self/task/${t}/children`, 'utf8').trim().split(/\s+/))
    .filter(Boolean)
    .map(Number)
    .find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('start-dev'));
  const frailty = templates['frailty-60plus']!;
  const definition = { id: randomUUID(), key: frailty.key, version: 1, hash: 'bench', body: frailty };
  console.log(
    `load average at start ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`input ≈ ${Math.round(JSON.stringify(frailty).length / 1024)} KB per start, ${PER_RUN} starts per run`);
  for (const concurrency of CONCURRENCIES) {
    const latencies: number[] = [];
    let left = PER_RUN;
    const server0 = serverPid ? cpuSeconds(serverPid) : NaN;
    const self0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (left-- > 0) {
          const t = performance.now();
          await startJourneyWorkflow(env!.client, {
            taskQueue: 'bench-starts',
            journeyId: randomUUID(),
            patientId: randomUUID(),
            startedBy: null,
            definition,
          });
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
        concurrency,
        startsPerSecond: Math.round(PER_RUN / seconds),
        latencyMs: summary(latencies),
        devServerCpuSecondsPer1000: per1000(server),
        clientCpuSecondsPer1000: per1000((self.user + self.system) / 1e6),
        loadAverage: os.loadavg()[0]!.toFixed(2),
      }),
    );
  }
} finally {
  await env.teardown();
}
