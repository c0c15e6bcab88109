// Assignment rules that need no lookup. A care-team rule names no one until the patient's team is read, which only an
// activity may do (the openTask activity resolves it; see worker/src/assignment/).
import type { Assignee } from './schema/steps.js';
import type { TaskAssigneeTarget } from './contract/common.js';

/** The target a profession, role or pool rule names as it is; null for a care-team rule. */
export function staticTarget(assignee: Assignee): TaskAssigneeTarget | null {
  if ('careTeam' in assignee) return null;
  if ('profession' in assignee) return { profession: assignee.profession };
  return assignee;
}
