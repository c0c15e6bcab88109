// Activity proxies with explicit timeouts. Effects retry until the database is back (a journey must not fail because
// Postgres restarted); rule evaluation is a local activity: cheap, and its result is recorded as a marker.
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { JourneyActivities } from '../activities/index.ts';

export const effects = proxyActivities<JourneyActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** The projection writes of journeys started since LOCAL_WRITES_PATCH (local-writes.ts): same timeout and retries. */
export const localProjection = proxyLocalActivities<Pick<JourneyActivities, 'projectionWrite'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

export const rules = proxyLocalActivities<Pick<JourneyActivities, 'decide'>>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', nonRetryableErrorTypes: ['InvalidDefinition'] },
});
