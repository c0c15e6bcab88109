import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowedRoles, BACK_OFFICE_PAGES, ROLES, type Resource } from '@parcours/rules/permissions';
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
    expect(canRoleAccess('coordinator', 'import', 'patients')).toBe(true);
    expect(canRoleAccess('coordinator', 'delete', 'patients')).toBe(true);
    expect(canRoleAccess('coordinator', 'cancel', 'journeys')).toBe(true);
    expect(canRoleAccess('coordinator', 'history', 'journeys')).toBe(true);
  });

  it('lets a professional complete tasks and only read patients and journeys', () => {
    expect(canRoleAccess('professional', 'complete', 'tasks')).toBe(true);
    expect(canRoleAccess('professional', 'show', 'patients')).toBe(true);
    expect(canRoleAccess('professional', 'list', 'journeys')).toBe(true);
    expect(canRoleAccess('professional', 'edit', 'patients')).toBe(false);
    expect(canRoleAccess('professional', 'create', 'patients')).toBe(false);
    expect(canRoleAccess('professional', 'claim', 'tasks')).toBe(true);
    expect(canRoleAccess('professional', 'reassign', 'tasks')).toBe(false);
    expect(canRoleAccess('professional', 'cancel', 'journeys')).toBe(false);
    expect(canRoleAccess('professional', 'history', 'journeys')).toBe(false);
    // The API lets professionals read parcours (names, catalogues); the back office keeps the editor's pages from them.
    expect(canRoleAccess('professional', 'list', 'parcours')).toBe(false);
    expect(canRoleAccess('professional', 'list', 'audit')).toBe(false);
    expect(canRoleAccess('professional', 'list', 'indicators')).toBe(false);
  });

  it('lets an auditor read everything but users and the delivery follow-up, audit and enrolments included, and write nothing', () => {
    expect(canRoleAccess('auditor', 'list', 'audit')).toBe(true);
    expect(canRoleAccess('auditor', 'show', 'parcours')).toBe(true);
    expect(canRoleAccess('auditor', 'complete', 'tasks')).toBe(false);
    expect(canRoleAccess('auditor', 'delete', 'patients')).toBe(false);
    expect(canRoleAccess('auditor', 'list', 'enrolments')).toBe(true);
    expect(canRoleAccess('auditor', 'show', 'enrolments')).toBe(true);
    expect(canRoleAccess('auditor', 'create', 'enrolments')).toBe(false);
    expect(canRoleAccess('auditor', 'export', 'patients')).toBe(true);
    expect(canRoleAccess('auditor', 'replay', 'journeys')).toBe(true);
    expect(canRoleAccess('auditor', 'list', 'users')).toBe(false);
  });

  it('limits an admin to users, the access log, indicators and the delivery follow-up', () => {
    expect(canRoleAccess('admin', 'create', 'users')).toBe(true);
    expect(canRoleAccess('admin', 'list', 'patients')).toBe(false);
    expect(canRoleAccess('admin', 'list', 'audit')).toBe(true);
    expect(canRoleAccess('admin', 'list', 'indicators')).toBe(true);
    expect(canRoleAccess('admin', 'list', 'parcours')).toBe(false);
    expect(canRoleAccess('admin', 'list', 'journeys')).toBe(false);
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

  it('refuses what the table does not know, prototype names included', () => {
    expect(canRoleAccess('coordinator', 'delete', 'journeys')).toBe(false);
    expect(canRoleAccess('coordinator', 'list', 'constructor')).toBe(false);
    expect(canRoleAccess('coordinator', 'toString', 'patients')).toBe(false);
  });
});

// Every resource/action pair the back office asks about, as written in its source: `useCanAccess({ resource: 'x',
// action: 'y' })` (either order) and `<RequireAccess action="y" resource="x">`. The react-admin built-ins (menu and
// list: `list`; buttons: `show`, `create`, `edit`, `delete`, `export`) are asked for each mounted resource.
const SRC = join(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.includes('.test.')
        ? [join(dir, e.name)]
        : [],
  );
const askedInSource = (): [string, string][] =>
  sources(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const pairs: [string, string][] = [];
    for (const m of text.matchAll(/resource: '([\w-]+)', action: '(\w+)'/g)) pairs.push([m[1]!, m[2]!]);
    for (const m of text.matchAll(/action: '(\w+)', resource: '([\w-]+)'/g)) pairs.push([m[2]!, m[1]!]);
    for (const m of text.matchAll(/action="(\w+)" resource="([\w-]+)"/g)) pairs.push([m[2]!, m[1]!]);
    return pairs;
  });
const MOUNTED = [...readFileSync(join(SRC, 'App.tsx'), 'utf8').matchAll(/<Resource name="([\w-]+)"/g)].map(
  (m) => m[1]!,
);

describe('the back office and the permission table', () => {
  it('finds the pairs it checks in the source (the scan still reads what the code writes)', () => {
    expect(askedInSource()).toContainEqual(['journeys', 'cancel']);
    expect(askedInSource()).toContainEqual(['patients', 'import']);
    expect(MOUNTED).toContain('enrolments');
  });

  it('asks only for cells the table has, so no button hangs on an action the API does not know', () => {
    const unknown = askedInSource().filter(([resource, action]) => allowedRoles(resource, action).length === 0);
    expect(unknown).toEqual([]);
    expect(MOUNTED.filter((resource) => allowedRoles(resource, 'list').length === 0)).toEqual([]);
  });

  it('agrees with the table for every pair it asks about and every role, narrowed only by BACK_OFFICE_PAGES', () => {
    const pairs = [...askedInSource(), ...MOUNTED.map((r) => [r, 'list'] as [string, string])];
    for (const [resource, action] of pairs)
      for (const role of ROLES) {
        const pages = BACK_OFFICE_PAGES[resource as Resource];
        const expected = allowedRoles(resource, action).includes(role) && (pages?.includes(role) ?? true);
        expect(canRoleAccess(role, action, resource), `${role} ${action} ${resource}`).toBe(expected);
      }
  });
});
