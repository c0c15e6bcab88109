// Replays a journey's recorded runs against the workflow code this process would run: an audit that the current code
// makes exactly the decisions and commands it made then (no non-determinism), without touching any database.
//
// One replay worker serves the whole process: creating one per request (Worker.runReplayHistories' usual use) costs a
// native worker, a fresh V8 context and a re-evaluation of the bundle each time (about a tenth of a year-long replay,
// bench/replay). Histories are fed to it one after the other through an open-ended iterable; it yields one result per
// history, in order. It stops when the process has not replayed anything for a while, and starts again on demand.
import type { History } from '@temporalio/common/lib/proto-utils.js';
import type { ReplayResult, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { bundleWorkflowsApart } from '../bundle-apart.ts';
import type { JourneyRunHistory } from './fetch.ts';
import { ReplayWorker } from './replay-worker.ts';

export type ReplayOutcome = { ok: true; runs: number } | { ok: false; runId: string; error: string };

const IDLE_MS = 5 * 60_000;

interface Job {
  workflowId: string;
  history: History;
}

interface Waiter {
  resolve: (result: ReplayResult) => void;
  reject: (error: unknown) => void;
}

class Replayer {
  private readonly queue: Job[] = [];
  private readonly waiters: Waiter[] = [];
  private wake: (() => void) | undefined;
  private closing = false;
  private idle: NodeJS.Timeout | undefined;
  readonly done: Promise<void>;

  constructor(
    workflowBundle: WorkflowBundleWithSourceMap,
    private readonly onStopped: () => void,
  ) {
    this.done = this.consume(
      ReplayWorker.runReplayHistories({ workflowBundle, replayName: 'parcours-audit' }, this.jobs()),
    );
    this.armIdle();
  }

  get open(): boolean {
    return !this.closing;
  }

  replay(workflowId: string, history: History): Promise<ReplayResult> {
    clearTimeout(this.idle);
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.queue.push({ workflowId, history });
      this.wake?.();
    });
  }

  close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.idle);
    this.wake?.();
    return this.done;
  }

  private async *jobs(): AsyncGenerator<Job> {
    for (;;) {
      const job = this.queue.shift();
      if (job) {
        yield job;
        continue;
      }
      if (this.closing) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  private async consume(results: AsyncIterable<ReplayResult>): Promise<void> {
    let failure: unknown = new Error('replay worker stopped');
    try {
      for await (const result of results) {
        this.waiters.shift()?.resolve(result);
        if (!this.waiters.length) this.armIdle();
      }
    } catch (error) {
      failure = error;
    } finally {
      this.closing = true;
      clearTimeout(this.idle);
      this.onStopped();
      for (const waiter of this.waiters.splice(0)) waiter.reject(failure);
    }
  }

  private armIdle(): void {
    clearTimeout(this.idle);
    // unref: an idle replayer never keeps the process alive on its own.
    this.idle = setTimeout(() => void this.close(), IDLE_MS).unref();
  }
}

// Bundling takes seconds: once per process, reused by every replayer; in a child process, so that the API does not
// keep the bundler's memory.
let cachedBundle: Promise<WorkflowBundleWithSourceMap> | undefined;
let shared: Replayer | undefined;

function sharedReplayer(workflowBundle: WorkflowBundleWithSourceMap): Replayer {
  if (shared?.open) return shared;
  const replayer: Replayer = new Replayer(workflowBundle, () => {
    if (shared === replayer) shared = undefined;
  });
  shared = replayer;
  return replayer;
}

export async function replayJourney(
  runs: JourneyRunHistory[],
  options: { workflowBundle?: WorkflowBundleWithSourceMap; workflowId?: string } = {},
): Promise<ReplayOutcome> {
  let workflowBundle = options.workflowBundle;
  if (!workflowBundle) {
    cachedBundle ??= bundleWorkflowsApart().catch((error: unknown) => {
      cachedBundle = undefined; // the next request tries again
      throw error;
    });
    workflowBundle = await cachedBundle;
  }
  // A caller's own bundle (tests) gets its own replayer, closed afterwards; the process's bundle shares one.
  const replayer = options.workflowBundle
    ? new Replayer(workflowBundle, () => undefined)
    : sharedReplayer(workflowBundle);
  try {
    // Every run is queued at once; the replayer answers them in order.
    const results = await Promise.all(
      runs.map((r) => replayer.replay(options.workflowId ?? `replay-${r.runId}`, r.history)),
    );
    for (const [i, result] of results.entries())
      if (result.error) return { ok: false, runId: runs[i]?.runId ?? result.runId, error: result.error.message };
    return { ok: true, runs: runs.length };
  } finally {
    if (replayer !== shared) await replayer.close();
  }
}

/** Stops the process's replay worker (API shutdown); the next replay starts a new one. */
export async function closeReplays(): Promise<void> {
  await shared?.close();
}
