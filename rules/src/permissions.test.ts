import { describe, expect, it } from 'vitest';
import { allowedRoles, BACK_OFFICE_PAGES, permissionList, ROLES } from './permissions.js';

describe('the permission table', () => {
  it('allows every action it lists to someone, each role once', () => {
    for (const { resource, action, roles } of permissionList()) {
      expect(roles.length, `${resource} ${action}`).toBeGreaterThan(0);
      expect(new Set(roles).size, `${resource} ${action}`).toBe(roles.length);
      for (const role of roles) expect(ROLES).toContain(role);
    }
  });

  it('only narrows in the back office: a page is shown to no one the API would refuse', () => {
    for (const [resource, roles] of Object.entries(BACK_OFFICE_PAGES))
      for (const role of roles) expect(allowedRoles(resource, 'list'), `${role} ${resource}`).toContain(role);
  });

  it('knows nothing beyond its own keys', () => {
    expect(allowedRoles('patients', 'list')).toEqual(['coordinator', 'professional', 'auditor']);
    expect(allowedRoles('constructor', 'list')).toEqual([]);
    expect(allowedRoles('patients', 'hasOwnProperty')).toEqual([]);
    expect(allowedRoles('journeys', 'delete')).toEqual([]);
  });
});
