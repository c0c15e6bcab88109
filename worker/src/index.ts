// Public surface of the worker package for the API, the start script and the tests.
export { createActivities } from './activities/index.ts';
export type { JourneyActivities } from './activities/index.ts';
export { bundleWorkflows, createWorker, workflowsPath } from './worker.ts';
export { loadWorkerConfig } from './config.ts';
export { workerLimitsFromConfig } from './limits.ts';
export type { WorkerLimits } from './limits.ts';
export { createWorkerLogger, installRuntimeLogging, temporalLoggerFor } from './logging.ts';
export * from './workflows/messages.ts';
export type * from './workflows/types.ts';
export type { JourneyResult } from './workflows/journey.ts';
export { journeyWorkflowId } from './workflows/ids.ts';
export { startJourney, startJourneyWorkflow } from './client/start-journey.ts';
export type { JourneyStart, StartJourneyOptions } from './client/start-journey.ts';
export { findPublishedDefinition, pinnedDefinition } from './projections/pinned-definition.ts';
export type { DefinitionRow } from './projections/pinned-definition.ts';
export {
  claimTaskRow,
  mayCompleteTask,
  reassignTaskRow,
  taskAssigneeColumns,
  unclaimTaskRow,
} from './projections/task-rows.ts';
export type { TaskAssigneeColumns } from './projections/task-rows.ts';
export { fetchJourneyHistories } from './history/fetch.ts';
export type { JourneyRunHistory } from './history/fetch.ts';
export { historyToTimeline, journeyHistoryView } from './history/timeline.ts';
export type { TimelineOptions } from './history/timeline.ts';
export { historiesToJSON, historiesFromJSON } from './history/export.ts';
export type { JourneyHistoriesJSON } from './history/export.ts';
export { closeReplays, replayJourney } from './history/replay.ts';
export type { ReplayOutcome } from './history/replay.ts';
export {
  JOURNEY_SEARCH_ATTRIBUTES,
  PATIENT_ID,
  PARCOURS_KEY,
  PARCOURS_VERSION,
  PARCOURS_STATUS,
  devServerSearchAttributeFlags,
} from './workflows/search-attribute-keys.ts';
export * from './relay/index.ts';
export { rebuildProjections } from './projections/rebuild.ts';
export { insertJourneyStarts } from './projections/journey-start.ts';
export type { JourneyStartRow, StartAudit } from './projections/journey-start.ts';
