// Journeys started since LOCAL_WRITES_PATCH write their projections through local activities: run by the worker that
// runs the workflow task, within that task, with no server round trip (no ActivityTaskScheduled/Started/Completed
// events, no activity task queue). A completion then closes the task, chooses the next step and enters it in one
// workflow task instead of three. Safe because every projection write is idempotent (activities/index.ts): a local
// activity runs again when the workflow task that ran it is lost (worker killed), and writes the same rows.
import type { JourneyActivities, ProjectionWriteName } from '../activities/index.ts';
import { effects, localProjection } from './proxies.ts';

/**
 * Asked once at the start of each run (after journey-engine-v2): a run never mixes the two ways of writing. Histories
 * recorded before it scheduled their writes as activities and replay that way.
 */
export const LOCAL_WRITES_PATCH = 'local-projection-writes';

export type Effects = typeof effects;

/** The writes that go local; loadPublishedDefinition (a read whose result is a whole definition) stays an activity. */
const LOCAL: ReadonlySet<string> = new Set<ProjectionWriteName>([
  'enterStep',
  'recordRun',
  'recordStep',
  'openTask',
  'closeTask',
  'recordTaskAlert',
  'reassignTask',
  'writeOutbox',
  'finishJourney',
  'recordJourneyError',
  'recordJourneyRecovered',
] satisfies (keyof JourneyActivities & ProjectionWriteName)[]);

/** The activities a run calls: the plain proxies, or with the projection writes as local activities. */
export function writesFor(local: boolean): Effects {
  if (!local) return effects;
  return new Proxy(effects, {
    get(target, name: string) {
      if (!LOCAL.has(name)) return target[name as keyof Effects];
      return async (args: unknown) => {
        const written = await localProjection.projectionWrite({ name: name as ProjectionWriteName, args } as never);
        return written.result;
      };
    },
  });
}
