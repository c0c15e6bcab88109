// Replays a journey's recorded runs against the workflow code this process would run: an audit that the current code
// makes exactly the decisions and commands it made then (no non-determinism), without touching any database.
import { Worker } from '@temporalio/worker';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { bundleWorkflows } from '../worker.ts';
import type { JourneyRunHistory } from './fetch.ts';

export type ReplayOutcome = { ok: true; runs: number } | { ok: false; runId: string; error: string };

let cachedBundle: Promise<WorkflowBundleWithSourceMap> | undefined;

export async function replayJourney(
  runs: JourneyRunHistory[],
  options: { workflowBundle?: WorkflowBundleWithSourceMap; workflowId?: string } = {},
): Promise<ReplayOutcome> {
  // Bundling takes seconds: build once per process and reuse.
  cachedBundle ??= bundleWorkflows();
  const workflowBundle = options.workflowBundle ?? (await cachedBundle);
  const histories = runs.map((r) => ({ workflowId: options.workflowId ?? `replay-${r.runId}`, history: r.history }));
  let i = 0;
  for await (const result of Worker.runReplayHistories({ workflowBundle }, histories)) {
    const runId = runs[i++]?.runId ?? result.runId;
    if (result.error) return { ok: false, runId, error: result.error.message };
  }
  return { ok: true, runs: runs.length };
}
