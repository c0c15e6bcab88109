// All the runs of one journey, oldest first: the latest run's history names the run it continued from, back to the
// first. The journey is the whole chain, so history views and replay take every run.
import type { Client } from '@temporalio/client';
import type { History } from '@temporalio/common/lib/proto-utils.js';

export interface JourneyRunHistory {
  runId: string;
  history: History;
}

export async function fetchJourneyHistories(client: Client, workflowId: string): Promise<JourneyRunHistory[]> {
  const runs: JourneyRunHistory[] = [];
  let runId: string | undefined = (await client.workflow.getHandle(workflowId).describe()).runId;
  const seen = new Set<string>();
  while (runId && !seen.has(runId)) {
    seen.add(runId);
    const history: History = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    runs.unshift({ runId, history });
    const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
    runId = started?.continuedExecutionRunId || undefined;
  }
  return runs;
}
