// Building blocks of the API contract. `D` in the resource types is how a timestamp travels: the API builds its answers
// with `Date`s (JSON turns them into ISO strings), the back office reads strings. Types only: nothing here runs.
import type { LocalizedText } from '../schema/common.js';

export type { LocalizedText };

/** The roles of the API's users: those of the permission table the API and the back office share. */
export type { Role } from '../permissions.js';

/** Who a task goes to: a profession, a role, or one named user (after reassignment). */
/**
 * Who a task row is for once its assignment rule is resolved: a profession's pool (only those covering `communeCode`
 * when given), a role, a named pool of the CPTS, or one named user (the patient's own professional, or a reassignment).
 */
export type TaskAssigneeTarget =
  { profession: string; communeCode?: string } | { role: string } | { pool: string } | { userId: string };
