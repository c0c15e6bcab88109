// Who may do what in the back office. The API enforces the same rules; this only shapes menus and buttons.
import type { Role } from '@parcours/rules/contract';

export type ResourceName =
  | 'dashboard'
  | 'patients'
  | 'journeys'
  | 'tasks'
  | 'parcours'
  | 'enrolments'
  | 'audit'
  | 'users'
  | 'professionals'
  | 'messages'
  | 'message-deliveries';

// react-admin's built-in actions plus `complete`, `claim` and `reassign` for tasks.
const READ_ACTIONS = new Set(['list', 'show', 'export', 'read']);

const isRead = (action: string): boolean => READ_ACTIONS.has(action);

/** Decides whether `role` may perform `action` on `resource` (unknown resources are refused except to coordinators). */
export const canRoleAccess = (role: Role, action: string, resource: string): boolean => {
  // Everyone has an inbox; only reading (and the read mark the API sets) is possible there.
  if (resource === 'messages') return isRead(action);
  switch (role) {
    case 'coordinator':
      // The access log is for auditors: coordinators are among the people it watches. Claiming is for the
      // professionals who will do the task; a coordinator reassigns it instead.
      if (resource === 'tasks' && action === 'claim') return false;
      return resource !== 'users' && resource !== 'audit';
    case 'professional':
      if (resource === 'dashboard') return true;
      if (resource === 'tasks') return isRead(action) || action === 'complete' || action === 'claim';
      return (resource === 'patients' || resource === 'journeys') && isRead(action);
    case 'auditor':
      // Enrolment jobs are a coordinator's tool; the auditor sees their effect in journeys and the access log.
      return isRead(action) && resource !== 'users' && resource !== 'enrolments' && resource !== 'message-deliveries';
    case 'admin':
      return (
        resource === 'dashboard' ||
        resource === 'users' ||
        resource === 'professionals' ||
        resource === 'audit' ||
        resource === 'message-deliveries'
      );
  }
};
