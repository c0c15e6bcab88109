import { describe, expect, it } from 'vitest';
import { canRoleAccess } from './permissions';

describe('canRoleAccess', () => {
  it('lets a coordinator do everything but manage users', () => {
    expect(canRoleAccess('coordinator', 'edit', 'parcours')).toBe(true);
    expect(canRoleAccess('coordinator', 'complete', 'tasks')).toBe(true);
    expect(canRoleAccess('coordinator', 'list', 'users')).toBe(false);
  });

  it('lets a professional complete tasks and only read patients and journeys', () => {
    expect(canRoleAccess('professional', 'complete', 'tasks')).toBe(true);
    expect(canRoleAccess('professional', 'show', 'patients')).toBe(true);
    expect(canRoleAccess('professional', 'list', 'journeys')).toBe(true);
    expect(canRoleAccess('professional', 'edit', 'patients')).toBe(false);
    expect(canRoleAccess('professional', 'list', 'parcours')).toBe(false);
    expect(canRoleAccess('professional', 'list', 'audit')).toBe(false);
  });

  it('lets an auditor read everything, audit included, and write nothing', () => {
    expect(canRoleAccess('auditor', 'list', 'audit')).toBe(true);
    expect(canRoleAccess('auditor', 'show', 'parcours')).toBe(true);
    expect(canRoleAccess('auditor', 'complete', 'tasks')).toBe(false);
    expect(canRoleAccess('auditor', 'delete', 'patients')).toBe(false);
  });

  it('limits an admin to users and professionals', () => {
    expect(canRoleAccess('admin', 'create', 'users')).toBe(true);
    expect(canRoleAccess('admin', 'edit', 'professionals')).toBe(true);
    expect(canRoleAccess('admin', 'list', 'patients')).toBe(false);
  });
});
