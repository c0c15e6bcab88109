// Who may do what in the back office: the permission table of @parcours/rules, which the API enforces route by route.
// This only shapes menus, pages and buttons; the back office may show less than the API allows (BACK_OFFICE_PAGES),
// never more.
import type { Role } from '@parcours/rules/contract';
import { allowedRoles, BACK_OFFICE_PAGES, type Resource } from '@parcours/rules/permissions';

// react-admin's own actions that the table names otherwise: exporting a list is reading it.
const ALIASES: Record<string, string> = { export: 'list' };

/** Decides whether `role` may perform `action` on `resource` (anything the table does not know is refused). */
export const canRoleAccess = (role: Role, action: string, resource: string): boolean => {
  const pages = Object.hasOwn(BACK_OFFICE_PAGES, resource) ? BACK_OFFICE_PAGES[resource as Resource] : undefined;
  if (pages && !pages.includes(role)) return false;
  return allowedRoles(resource, ALIASES[action] ?? action).includes(role);
};
