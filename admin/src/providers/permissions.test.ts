import { describe, expect, it } from 'vitest';
import { canRoleAccess } from './permissions';

describe('canRoleAccess', () => {
  it('lets a coordinator do everything but manage users', () => {
    expect(canRoleAccess('coordinator', 'edit', 'parcours')).toBe(true);
    expect(canRoleAccess('coordinator', 'complete', 'tasks')).toBe(true);
    expect(canRoleAccess('coordinator', 'list', 'users')).toBe(false);
    expect(canRoleAccess('coordinator', 'create', 'enrolments')).toBe(true);
    expect(canRoleAccess('coordinator', 'list', 'audit')).toBe(false);
    expect(canRoleAccess('coordinator', 'reassign', 'tasks')).toBe(true);
    expect(canRoleAccess('coordinator', 'claim', 'tasks')).toBe(false);
    expect(canRoleAccess('coordinator', 'create', 'patients')).toBe(true);
    expect(canRoleAccess('coordinator', 'delete', 'patients')).toBe(true);
  });

  it('lets a professional complete tasks and only read patients and journeys', () => {
    expect(canRoleAccess('professional', 'complete', 'tasks')).toBe(true);
    expect(canRoleAccess('professional', 'show', 'patients')).toBe(true);
    expect(canRoleAccess('professional', 'list', 'journeys')).toBe(true);
    expect(canRoleAccess('professional', 'edit', 'patients')).toBe(false);
    expect(canRoleAccess('professional', 'create', 'patients')).toBe(false);
    expect(canRoleAccess('professional', 'claim', 'tasks')).toBe(true);
    expect(canRoleAccess('professional', 'reassign', 'tasks')).toBe(false);
    expect(canRoleAccess('professional', 'edit', 'journeys')).toBe(false);
    expect(canRoleAccess('professional', 'list', 'parcours')).toBe(false);
    expect(canRoleAccess('professional', 'list', 'audit')).toBe(false);
  });

  it('lets an auditor read everything but users and enrolment jobs, audit included, and write nothing', () => {
    expect(canRoleAccess('auditor', 'list', 'audit')).toBe(true);
    expect(canRoleAccess('auditor', 'show', 'parcours')).toBe(true);
    expect(canRoleAccess('auditor', 'complete', 'tasks')).toBe(false);
    expect(canRoleAccess('auditor', 'delete', 'patients')).toBe(false);
    expect(canRoleAccess('auditor', 'list', 'enrolments')).toBe(false);
  });

  it('limits an admin to users, professionals and the access log', () => {
    expect(canRoleAccess('admin', 'create', 'users')).toBe(true);
    expect(canRoleAccess('admin', 'edit', 'professionals')).toBe(true);
    expect(canRoleAccess('admin', 'list', 'patients')).toBe(false);
    expect(canRoleAccess('admin', 'list', 'audit')).toBe(true);
  });

  it('gives everyone an inbox to read, and the delivery follow-up to coordinators and admins', () => {
    for (const role of ['coordinator', 'professional', 'auditor', 'admin'] as const) {
      expect(canRoleAccess(role, 'list', 'messages')).toBe(true);
      expect(canRoleAccess(role, 'edit', 'messages')).toBe(false);
    }
    expect(canRoleAccess('coordinator', 'retry', 'message-deliveries')).toBe(true);
    expect(canRoleAccess('admin', 'list', 'message-deliveries')).toBe(true);
    expect(canRoleAccess('professional', 'list', 'message-deliveries')).toBe(false);
    expect(canRoleAccess('auditor', 'list', 'message-deliveries')).toBe(false);
  });
});
