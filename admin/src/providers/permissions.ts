// Who may do what in the back office. The API enforces the same rules; this only shapes menus and buttons.
import type { Role } from '../types';

export type ResourceName =
  'dashboard' | 'patients' | 'journeys' | 'tasks' | 'parcours' | 'audit' | 'users' | 'professionals';

// react-admin's built-in actions plus `complete` for tasks.
const READ_ACTIONS = new Set(['list', 'show', 'export', 'read']);

const isRead = (action: string): boolean => READ_ACTIONS.has(action);

/** Decides whether `role` may perform `action` on `resource` (unknown resources are refused except to coordinators). */
export const canRoleAccess = (role: Role, action: string, resource: string): boolean => {
  switch (role) {
    case 'coordinator':
      return resource !== 'users';
    case 'professional':
      if (resource === 'dashboard') return true;
      if (resource === 'tasks') return isRead(action) || action === 'complete';
      return (resource === 'patients' || resource === 'journeys') && isRead(action);
    case 'auditor':
      return isRead(action);
    case 'admin':
      return resource === 'dashboard' || resource === 'users' || resource === 'professionals';
  }
};
