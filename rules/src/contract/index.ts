// The API contract: what the API answers, as the API builds it and the back office reads it. Browser-safe (types and
// constant lists only), so the back office imports it without pulling anything of Node into its bundle.
export type * from './common.js';
export type * from './users.js';
export { SEXES } from './patients.js';
export type * from './patients.js';
export type * from './journeys.js';
export type * from './tasks.js';
export type * from './messages.js';
export type * from './parcours.js';
export type * from './enrolments.js';
export { INSEE_CODE_PATTERN, POOL_KEY_PATTERN, RPPS_PATTERN } from './territory.js';
export type * from './territory.js';
export { JOURNEY_EVENT_KINDS, TIMELINE_EVENT_KINDS } from './timeline.js';
export type * from './timeline.js';
export type { FormField, FormFieldType } from '../schema/form.js';
