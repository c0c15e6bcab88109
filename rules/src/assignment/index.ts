export { resolveAssignee, LAST_RESORT } from './resolve.js';
export type { Assignment, AssignmentContext, AssignmentReason, CareTeamMemberOnDay, SkipReason } from './resolve.js';
export { explainAssignment, describeTarget } from './explain.js';
export type { AssignmentNames } from './explain.js';
