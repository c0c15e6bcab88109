// The subset of the rules package that Temporal workflow code may import: no json-rules-engine, no Node built-ins.
export { validateAnswers, isIsoDate } from './answers.js';
export type { AnswerError, AnswersResult } from './answers.js';
export { findUnsafeText } from './safe-text.js';
export type { UnsafeText } from './safe-text.js';
export { addDuration, subtractDuration, durationToMs, parseDuration, isDuration } from './duration.js';
export type * from './schema/types.js';
export { staticTarget } from './assignee.js';
export type { Assignment, AssignmentReason, SkipReason } from './assignment/resolve.js';
