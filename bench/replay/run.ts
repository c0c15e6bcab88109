// `npx tsx bench/replay/run.ts [--calls 20]`: how long an auditor waits for `POST /api/journeys/:id/replay` on a
// year-long journey. For each shipped template, its longest scripted path (tests/workflows/support/template-scenarios.ts,
// the one with the most tasks) is run to its end on the time-skipping test server with the product's worker, twice:
// as one run, and continued as new every 300 events (a chain of runs, as a journey of several years would be). Then
// the API runs as its own process (production mode) against that server and the bench calls the replay route as an
// auditor, one call at a time: the first call after the API started (it bundles the workflow code), then `--calls`
// timed calls per journey after two warm-up calls; and, for comparison, the history export (`/history.json`: the same
// histories fetched from Temporal, without the replay). Last, in the bench's own process on the same histories, the
// replay alone as it was before (a replay worker per call) beside the way the API runs it now. Writes
// bench/replay/last-run.json.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { tsToMs } from '@temporalio/common/lib/time.js';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { templates } from '@parcours/rules';
import { bundleWorkflows, closeReplays, replayJourney, type JourneyRunHistory } from '@parcours/worker';
import { TokenService } from '@parcours/api';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { createTimeSkippingEnv } from '../../tests/support/temporal.ts';
import { createWorkflowHarness } from '../../tests/workflows/support/harness.ts';
import { drive } from '../../tests/workflows/support/drive.ts';
import { templateScenarios, type TemplateScenario } from '../../tests/workflows/support/template-scenarios.ts';
import { startChild } from '../api/processes.ts';
import { percentile } from '../journeys/pool.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CALLS = arg('calls', 20);
const CHAIN_EVERY = 300;
const DRIVE_LIMIT_MS = 120_000;
const log = (...a: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
Runtime.install({ logger: new DefaultLogger('WARN') });

/** Per template, the scripted path with the most tasks: its longest history. */
function longestPaths(): TemplateScenario[] {
  const byTemplate = new Map<string, TemplateScenario>();
  for (const s of templateScenarios) {
    const best = byTemplate.get(s.template);
    if (!best || s.tasks.length > best.tasks.length) byTemplate.set(s.template, s);
  }
  return [...byTemplate.values()];
}

const loadAtStart = os.loadavg().map((l) => l.toFixed(2));
log(`load average at start: ${loadAtStart.join(' ')} (1, 5, 15 min) on ${os.cpus().length} cores`);
const db = await createTestDatabase('bench');
const env = await createTimeSkippingEnv();
const h = await createWorkflowHarness(env, db.url);
let api: Awaited<ReturnType<typeof startChild>> | undefined;
try {
  // 1. The journeys, run to their end.
  const professional = await h.createUser();
  const journeys: {
    name: string;
    journeyId: string;
    workflowId: string;
    runs: number;
    events: number;
    days: number;
    histories: JourneyRunHistory[];
  }[] = [];
  await h.withWorker(async () => {
    for (const scenario of longestPaths()) {
      const definition = await h.publish(templates[scenario.template]!);
      for (const chained of [false, true]) {
        const patientId = await h.createPatient(scenario.patient);
        const { journeyId, handle } = await h.start(
          definition,
          patientId,
          chained ? { continueAsNewAfterEvents: CHAIN_EVERY } : {},
        );
        // A task completed while its run continues as new can leave the time-skipping server's update hanging: such a
        // journey is skipped (and said so) rather than hanging the bench.
        const driven = await Promise.race([
          drive(env, handle, scenario.tasks, professional).then(() => true),
          new Promise<false>((r) => setTimeout(() => r(false), DRIVE_LIMIT_MS).unref()),
        ]);
        if (!driven) {
          log(`${scenario.name}${chained ? ' (chained)' : ''}: stalled on the test server, skipped`);
          continue;
        }
        // To its end: skip time week by week (waiting on result() across a chain of runs can stall the test server).
        let row = await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } });
        for (let week = 0; row.status !== 'completed' && week < 200; week++) {
          await env.sleep(7 * 86_400_000);
          row = await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } });
        }
        if (row.outcome !== scenario.outcome) throw new Error(`${scenario.name}: ${row.status} ${row.outcome}`);
        const histories = await Promise.all(
          row.runIds.map((runId) => env.client.workflow.getHandle(handle.workflowId, runId).fetchHistory()),
        );
        const events = histories.reduce((n, history) => n + (history.events?.length ?? 0), 0);
        const first = histories[0]?.events?.[0]?.eventTime;
        const last = histories.at(-1)?.events?.at(-1)?.eventTime;
        const days = first && last ? Math.round((tsToMs(last) - tsToMs(first)) / 86_400_000) : NaN;
        const name = `${scenario.name}${chained ? ` (continued as new every ${CHAIN_EVERY} events)` : ''}`;
        journeys.push({
          name,
          journeyId,
          workflowId: handle.workflowId,
          runs: row.runIds.length,
          events,
          days,
          histories: row.runIds.map((runId, i) => ({ runId, history: histories[i]! })),
        });
        log(`${name}: ${row.runIds.length} run(s), ${events} events, ${days} days`);
      }
    }
  });

  // 2. The API, as in production, against the same server.
  const secret = randomBytes(32).toString('hex');
  api = await startChild(
    'api/src/main.ts',
    {
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: env.address,
      TEMPORAL_TASK_QUEUE: h.taskQueue,
      LOG_LEVEL: 'warn',
      PORT: '0',
      JWT_SECRET: secret,
      NODE_ENV: 'production',
      ADMIN_DIST: '/nonexistent',
    },
    /listening on (\S+)/,
  );
  const url = /listening on (\S+)/.exec(api.line)![1]!;
  const auditor = await h.prisma.user.create({
    data: { email: `audit-${secret.slice(0, 8)}@bench.cpts.fr`, displayName: 'Audit', role: 'auditor' },
  });
  const token = await new TokenService(secret).sign(
    { id: auditor.id, email: auditor.email, role: 'auditor', profession: null },
    'access',
  );
  const call = async (journeyId: string, what: 'replay' | 'export'): Promise<number> => {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/journeys/${journeyId}/${what === 'replay' ? 'replay' : 'history.json'}`, {
      method: what === 'replay' ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { ok?: boolean };
    const ms = performance.now() - t0;
    if (!res.ok || (what === 'replay' && body.ok !== true))
      throw new Error(`${what} of ${journeyId}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
    return ms;
  };

  const stats = (values: number[]) => ({
    p50: Math.round(percentile(values, 50)),
    p95: Math.round(percentile(values, 95)),
    max: Math.round(Math.max(...values)),
  });
  // For comparison, in this process and without HTTP or the history fetch: the replay as it was (a replay worker
  // created per call, the SDK's timeout-guarded calls into the workflow) and as the API now runs it.
  const bundle = await bundleWorkflows();
  const inProcess = async (runs: JourneyRunHistory[], workflowId: string) => {
    const before: number[] = [];
    const now: number[] = [];
    for (let i = 0; i < 2 + Math.min(CALLS, 10); i++) {
      let t0 = performance.now();
      for await (const r of Worker.runReplayHistories(
        { workflowBundle: bundle },
        runs.map((run) => ({ workflowId, history: run.history })),
      ))
        if (r.error) throw r.error;
      if (i >= 2) before.push(performance.now() - t0);
      t0 = performance.now();
      const verdict = await replayJourney(runs, { workflowId });
      if (!verdict.ok) throw new Error(verdict.error);
      if (i >= 2) now.push(performance.now() - t0);
    }
    return { before: stats(before), now: stats(now) };
  };

  // 3. The calls, one at a time.
  const firstCallMs = Math.round(await call(journeys[0]!.journeyId, 'replay'));
  log(`first replay after the API started (bundles the workflow code): ${firstCallMs} ms`);
  const results = [];
  for (const journey of journeys) {
    for (let i = 0; i < 2; i++) await call(journey.journeyId, 'replay');
    const replay: number[] = [];
    for (let i = 0; i < CALLS; i++) replay.push(await call(journey.journeyId, 'replay'));
    const exported: number[] = [];
    for (let i = 0; i < Math.min(CALLS, 10); i++) exported.push(await call(journey.journeyId, 'export'));
    const { histories, ...described } = journey;
    const row = {
      ...described,
      replayMs: stats(replay),
      historyExportMs: stats(exported),
      inProcess: await inProcess(histories, journey.workflowId),
    };
    log(
      `${journey.name}: replay p50 ${row.replayMs.p50} / p95 ${row.replayMs.p95} ms; export p50 ${row.historyExportMs.p50} ms;`,
      `in process, replay only: before p50 ${row.inProcess.before.p50} ms, now p50 ${row.inProcess.now.p50} ms`,
    );
    results.push(row);
  }
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: os.loadavg().map((l) => l.toFixed(2)),
    callsPerJourney: CALLS,
    target: 'replay of a year-long history < 200 ms in the API',
    firstCallMs,
    journeys: results,
  };
  console.log(JSON.stringify(report, null, 2));
  await writeFile(new URL('./last-run.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
} finally {
  await closeReplays();
  await api?.stop();
  await h.close();
  await env.teardown();
  await db.drop();
}
