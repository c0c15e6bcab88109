// The raw export of a journey's histories, in Temporal's own JSON format (the one `temporal workflow show --output
// json` writes and historyFromJSON reads), so an auditor can replay or inspect it with Temporal's tools.
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import type { JourneyRunHistory } from './fetch.ts';

export interface JourneyHistoriesJSON {
  runs: { runId: string; history: unknown }[];
}

export function historiesToJSON(runs: JourneyRunHistory[]): JourneyHistoriesJSON {
  return { runs: runs.map((r) => ({ runId: r.runId, history: JSON.parse(historyToJSON(r.history)) as unknown })) };
}

export function historiesFromJSON(json: JourneyHistoriesJSON): JourneyRunHistory[] {
  return json.runs.map((r) => ({ runId: r.runId, history: historyFromJSON(r.history) }));
}
