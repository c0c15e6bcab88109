// API bench (not a test): `npx tsx bench/api/run.ts`. Seeds a throwaway database (100,000 patients, 50,000 open
// tasks), runs a local Temporal dev server (pinned CLI), the API and the worker as child processes, then measures
//  1. the worklist call as a professional at 50 and at 10 concurrent connections (autocannon), each beside the same
//     query (the very function the endpoint calls, so the same SQL) issued from this process at the same concurrency;
//  2. a cohort enrolment of 20,000 patients end to end (job completion; then until every journey opened its task).
// Writes bench/api/RESULTS.md, with the load average at start: on a shared machine the figures are upper bounds.
// BENCH_SECONDS (autocannon duration, default 20), BENCH_ENROL=0 (worklist only: only RESULTS.md's worklist section),
// BENCH_CATCH_UP_SECONDS (default 120), DATABASE_POOL_MAX (the API's pool, default 10).
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { TokenService } from '@parcours/api';
import { JOURNEY_SEARCH_ATTRIBUTES } from '@parcours/worker';
import { createPrismaClient } from '@parcours/db';
import { temporalBinaries } from '../../scripts/temporal-bins.mjs';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { cpuSeconds, devServerPid } from './proc-cpu.ts';
import { startChild } from './processes.ts';
import { COHORT, COHORT_MARKER, OPEN_TASKS, PATIENTS, seed } from './seed.ts';
import { httpWorklist, prismaWorklist, WORKLIST_PATH } from './worklist.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 20);
const ENROL = process.env.BENCH_ENROL !== '0';
const POOL = process.env.DATABASE_POOL_MAX ?? '10';
const loadAtStart = os.loadavg().map((l) => l.toFixed(2));
const log = (...args: unknown[]) => console.log('[bench]', ...args);
const seconds = (ms: number) => Math.round(ms / 100) / 10;

const WORKLIST_START = '<!-- worklist:start -->';
const WORKLIST_END = '<!-- worklist:end -->';

interface WorklistRun {
  connections: number;
  http: Awaited<ReturnType<typeof httpWorklist>>;
  direct: Awaited<ReturnType<typeof prismaWorklist>>;
}

/** The worklist section of RESULTS.md, with the issue's three targets checked against this run. */
function worklistMarkdown(runs: WorklistRun[], loadAfter: string): string {
  const at = (n: number) => runs.find((r) => r.connections === n)!;
  const ratio = Math.round((at(50).http.p50 / at(50).direct.p50) * 100) / 100;
  const check = (ok: boolean) => (ok ? 'met' : '**not met**');
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  return `${WORKLIST_START}
## Worklist: \`GET ${decodeURIComponent(WORKLIST_PATH)}\` as a professional (IDE), ${DURATION} s per run

Run ${date} UTC (\`BENCH_ENROL=0 npx tsx bench/api/run.ts\` writes this section alone). **Load average at start:
${loadAtStart.join(' ')}** (1, 5, 15 min; above ${os.cpus().length} the machine was shared with other work and every figure
below is an upper bound); after the worklist runs: ${loadAfter}. API pool: ${POOL} connections; prepared statements on.

| connections | HTTP through the API (autocannon): requests, p50 / p99 (ms) | same SQL, \`listWorklist\` called directly at the same concurrency: p50 / p99 (ms) |
|---|---|---|
${runs.map((r) => `| ${r.connections} | ${r.http.requests} (${r.http.rps}/s), ${r.http.p50} / ${r.http.p99} | ${r.direct.p50} / ${r.direct.p99} (${r.direct.rps}/s) |`).join('\n')}

| target (issue 15) | this run | |
|---|---|---|
| >= 700 req/s at 50 connections | ${at(50).http.rps}/s | ${check(at(50).http.rps >= 700)} |
| HTTP p50 within 1.3x of the direct call's at 50 | ${ratio}x | ${check(ratio <= 1.3)} |
| p99 < 50 ms at 10 connections | ${at(10).http.p99} ms | ${check(at(10).http.p99 < 50)} |
${WORKLIST_END}`;
}

log(`load average at start: ${loadAtStart.join(' ')} (1, 5, 15 min) on ${os.cpus().length} cores`);
const db = await createTestDatabase('bench');
const children: { stop: () => Promise<void> }[] = [];
let env: TestWorkflowEnvironment | undefined;
try {
  let t = performance.now();
  const seeded = await seed(db.url);
  const seedSeconds = seconds(performance.now() - t);
  log(`seeded ${PATIENTS} patients and ${OPEN_TASKS} open tasks in ${seedSeconds} s`);

  const { cli } = await temporalBinaries();
  if (!cli) throw new Error('Temporal CLI not found: run scripts/temporal-bins.sh');
  env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: cli },
      searchAttributes: JOURNEY_SEARCH_ATTRIBUTES,
      ip: '127.0.0.1',
      // In memory (no --db-filename) and without the web UI: the dev server's CPU goes to the starts.
      extraArgs: ['--headless'],
    },
  });
  const secret = randomBytes(32).toString('hex');
  const common = { DATABASE_URL: db.url, TEMPORAL_ADDRESS: env.address, LOG_LEVEL: 'warn' };
  const api = await startChild(
    'api/src/main.ts',
    {
      ...common,
      PORT: '0',
      JWT_SECRET: secret,
      NODE_ENV: 'production',
      ADMIN_DIST: '/nonexistent',
      DATABASE_POOL_MAX: POOL,
    },
    /listening on (\S+)/,
  );
  children.push(api);
  const url = /listening on (\S+)/.exec(api.line)![1]!;
  const tokens = new TokenService(secret);
  const professional = await tokens.sign(
    { id: seeded.professionalId, email: 'ide@bench.fr', role: 'professional', profession: 'IDE' },
    'access',
  );
  const coordinator = await tokens.sign(
    { id: seeded.coordinatorId, email: 'coord@bench.fr', role: 'coordinator', profession: null },
    'access',
  );

  // 1. Worklist. VACUUM sets the visibility map, without which the count is not an index-only scan (autovacuum would,
  // later); the indexes it needs are in the migrations. The direct client prepares its statements as the API does.
  const prisma = createPrismaClient(db.url, { max: Number(POOL), preparedStatements: true });
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "Task"');
  const professionalUser = { id: seeded.professionalId, profession: 'IDE' };
  await httpWorklist(url, professional, 3); // warm-up: JIT, pools, plans
  await prismaWorklist(prisma, professionalUser, 500);
  const runs = [];
  for (const connections of [50, 10]) {
    const http = await httpWorklist(url, professional, DURATION, connections);
    const direct = await prismaWorklist(prisma, professionalUser, Math.min(http.requests, 10_000), connections);
    log(`worklist at ${connections}: over HTTP`, http, 'same query directly', direct);
    runs.push({ connections, http, direct });
  }
  const loadAfterWorklist = os.loadavg()[0]!.toFixed(2);
  log(`load average after the worklist runs: ${loadAfterWorklist}`);
  const worklistSection = worklistMarkdown(runs, loadAfterWorklist);
  if (!ENROL) {
    await prisma.$disconnect();
    // Only the worklist section of RESULTS.md is replaced; the enrolment figures of the last full run stay.
    const results = new URL('./RESULTS.md', import.meta.url);
    const previous = readFileSync(results, 'utf8');
    const [before, rest] = previous.split(WORKLIST_START);
    const after = rest?.split(WORKLIST_END)[1];
    if (before === undefined || after === undefined) throw new Error('RESULTS.md has no worklist section markers');
    writeFileSync(results, `${before}${worklistSection}${after}`);
    log('wrote the worklist section of bench/api/RESULTS.md');
  } else {
    // 2. Enrolment of the 20,000-patient cohort: the job (every journey durably started in Temporal), then the worker
    // started to see how fast the journeys reach their first task.
    // CPU per start of the API and the dev server: steadier than the time on a shared machine.
    const serverPid = devServerPid();
    const cpu0 = { api: cpuSeconds(api.process.pid!), server: serverPid ? cpuSeconds(serverPid) : NaN };
    t = performance.now();
    const created = await fetch(`${url}/api/enrolments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ parcoursKey: 'frailty-60plus', filter: { q: COHORT_MARKER } }),
    });
    const { id } = (await created.json()) as { id: string };
    let job: Record<string, unknown> = {};
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      // A token signed for each poll: an access token lasts 15 minutes, and a loaded machine's enrolment can last more
      // (with the first token, every poll past that got a 401 and the loop never ended).
      const token = await tokens.sign(
        { id: seeded.coordinatorId, email: 'coord@bench.fr', role: 'coordinator', profession: null },
        'access',
      );
      const res = await fetch(`${url}/api/enrolments/${id}`, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`GET /api/enrolments/${id}: ${res.status} ${await res.text()}`);
      job = (await res.json()) as Record<string, unknown>;
      if (job.status === 'completed' || job.status === 'failed') break;
    }
    const enrolSeconds = seconds(performance.now() - t);
    const perStartMs = (pid: number | undefined, before: number) =>
      pid ? Math.round(((cpuSeconds(pid) - before) / Math.max(1, Number(job.started))) * 1e4) / 10 : NaN;
    const cpuPerStart = { api: perStartMs(api.process.pid, cpu0.api), server: perStartMs(serverPid, cpu0.server) };
    const loadAfterEnrolment = os.loadavg()[0]!.toFixed(2);
    log(`enrolment ${String(job.status)} in ${enrolSeconds} s`, {
      started: job.started,
      failed: job.failed,
      cpuMsPerStart: cpuPerStart,
      loadAverage: loadAfterEnrolment,
    });

    // The worker says it polls at info level (its `worker polling` line), so it logs at info here.
    children.push(await startChild('worker/src/main.ts', { ...common, LOG_LEVEL: 'info' }, /worker polling/));
    t = performance.now();
    const CATCH_UP_LIMIT_S = Number(process.env.BENCH_CATCH_UP_SECONDS ?? 120);
    let opened = 0;
    while (performance.now() - t < CATCH_UP_LIMIT_S * 1000) {
      opened = await prisma.task.count({ where: { journey: { enrolmentId: id } } });
      if (opened >= Number(job.started)) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const catchUpSeconds = seconds(performance.now() - t);
    const catchUpRate = Math.round(opened / catchUpSeconds);
    log(`${opened} journeys opened their first task in ${catchUpSeconds} s (${catchUpRate}/s)`);
    await prisma.$disconnect();

    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    writeFileSync(
      new URL('./RESULTS.md', import.meta.url),
      `# API bench

Command: \`npx tsx bench/api/run.ts\` (\`BENCH_SECONDS\` sets the autocannon duration, default 20).
Run ${date} UTC on ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version},
PostgreSQL local, Temporal dev server (pinned CLI, in memory, headless), API and worker as separate Node processes on
the same machine.

Seed: ${PATIENTS.toLocaleString('en')} patients, ${OPEN_TASKS.toLocaleString('en')} journeys each with one open task
(IDE/MG/PHARMACIEN, a third each), in ${seedSeconds} s with set-based SQL.

${worklistSection}

## Cohort enrolment of ${COHORT.toLocaleString('en')} patients (frailty template, filter \`q\`)

| | result |
|---|---|
| POST /api/enrolments → job \`${String(job.status)}\`: ${String(job.started)} journeys started in Temporal, ${String(job.failed)} failed (worker stopped) | ${enrolSeconds} s |
| then, worker started: journeys that reached their first task (open Task row) | ${opened} in ${catchUpSeconds} s (${catchUpRate}/s) |

CPU per start during the job: dev server ${cpuPerStart.server} ms, API ${cpuPerStart.api} ms. Load average (1 min) at its
end: ${loadAfterEnrolment}.
`,
    );
    log('wrote bench/api/RESULTS.md');
  }
} finally {
  for (const c of children.reverse()) await c.stop().catch(() => undefined);
  await env?.teardown().catch(() => undefined);
  await db.drop();
}
