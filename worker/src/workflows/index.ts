// Entry point of the workflow bundle: every workflow type the worker registers, and the messages the API uses.
export { parcoursJourney } from './journey.ts';
export type { JourneyResult } from './journey.ts';
export * from './messages.ts';
export type * from './types.ts';
