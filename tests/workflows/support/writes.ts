// The projection writes a history records under a name: scheduled activities, or (journeys started since the
// local-projection-writes patch) projectionWrite local activities, whose marker's result names the write.
import type { temporal } from '@temporalio/proto';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** The JSON result of a local activity's marker ('' for any other event). */
function markerResult(e: HistoryEvent): string {
  const data = e.markerRecordedEventAttributes?.details?.result?.payloads?.[0]?.data;
  return data ? Buffer.from(data).toString('utf8') : '';
}

/** The events writing `name`; `enterStep` writes count as `recordStep`, and as `openTask` when they open a task. */
export function writesNamed(history: { events?: HistoryEvent[] | null }, name: string): HistoryEvent[] {
  return (history.events ?? []).filter((e) => {
    if (e.activityTaskScheduledEventAttributes?.activityType?.name === name) return true;
    const result = markerResult(e);
    if (!result.startsWith('{"name":')) return false;
    const written = JSON.parse(result) as { name: string; args: { task?: unknown } };
    if (written.name === name) return true;
    return written.name === 'enterStep' && (name === 'recordStep' || (name === 'openTask' && !!written.args.task));
  });
}
