// Every role × every route → the expected status, from ONE table written here (not read from the production permission
// table of @parcours/rules/permissions, which the routes resolve their roles from: it is what this test checks). Allowed roles send a minimal request (random ids,
// empty body) and get the route's own answer (200, 404, 422…), never 401/403; other roles get 403; no token gets 401.
// The test fails when a route exists on the app (the registry or the express router) without a row here, so a new
// route cannot ship without its roles being decided and checked.
import { randomUUID } from 'node:crypto';
import type { Router } from 'express';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiRoutes } from '@parcours/api';
import { allowedRoles, permissionList } from '@parcours/rules/permissions';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

type Role = 'coordinator' | 'professional' | 'auditor' | 'admin';
const ROLES: Role[] = ['coordinator', 'professional', 'auditor', 'admin'];
const ALL = ROLES;
const C: Role[] = ['coordinator'];
const CA: Role[] = ['coordinator', 'auditor'];
const CAP: Role[] = ['coordinator', 'auditor', 'professional'];
// The organisers of the CPTS: its territory and its named pools.
const CO: Role[] = ['coordinator', 'admin'];

/** route → who may call it and what the minimal request answers for them. */
const TABLE: Record<string, { allow: Role[] | 'public'; ok: number | number[] }> = {
  'GET /health': { allow: 'public', ok: [200, 503] },
  'POST /auth/login': { allow: 'public', ok: 422 },
  'POST /auth/refresh': { allow: 'public', ok: 422 },
  'GET /openapi.json': { allow: 'public', ok: 200 },
  'GET /docs': { allow: 'public', ok: [200, 301] },
  'GET /parcours': { allow: ALL, ok: 200 },
  'POST /parcours': { allow: C, ok: 422 },
  'POST /parcours/validate': { allow: ALL, ok: 422 },
  'POST /parcours/simulate': { allow: CA, ok: 422 },
  'POST /parcours/from-template': { allow: C, ok: 422 },
  'GET /parcours/:id': { allow: ALL, ok: 404 },
  'PUT /parcours/:id': { allow: C, ok: 422 },
  'POST /parcours/:id/publish': { allow: C, ok: 404 },
  'POST /parcours/:id/retire': { allow: C, ok: 404 },
  'GET /parcours/:id/versions': { allow: ALL, ok: 404 },
  'GET /parcours/:id/diff': { allow: ALL, ok: 400 },
  'GET /templates': { allow: ALL, ok: 200 },
  'GET /facts': { allow: ALL, ok: 200 },
  'GET /outcomes': { allow: ALL, ok: 200 },
  'GET /patients': { allow: CAP, ok: 200 },
  // A professional looks a patient up by identity before a break-the-glass access: the query is required.
  'GET /patients/lookup': { allow: ['professional'], ok: 400 },
  'POST /patients/:id/break-glass': { allow: ['professional'], ok: 422 },
  'GET /break-glass': { allow: ['auditor', 'admin'], ok: 200 },
  'POST /patients': { allow: C, ok: 422 },
  'POST /patients/import': { allow: C, ok: 415 },
  'GET /patients/:id': { allow: CAP, ok: 404 },
  'PUT /patients/:id': { allow: C, ok: 404 },
  'DELETE /patients/:id': { allow: C, ok: 404 },
  'GET /patients/:id/eligibility': { allow: CAP, ok: 404 },
  'GET /patients/:id/care-team': { allow: CAP, ok: 404 },
  'POST /patients/:id/care-team': { allow: C, ok: 422 },
  // `:memberId` is left as is by call(): the params check answers first.
  'POST /patients/:id/care-team/:memberId/end': { allow: C, ok: 400 },
  'GET /patients/:id/say': { allow: CAP, ok: 404 },
  // The patient says it to their doctor or nurse as often as to the coordination: both record it.
  'POST /patients/:id/say': { allow: ['coordinator', 'professional'], ok: 422 },
  // The right of access is answered by the auditors.
  'GET /patients/:id/access-log': { allow: ['auditor'], ok: 404 },
  'GET /communes': { allow: ALL, ok: 200 },
  // A random UUID is no INSEE code: the params check answers first.
  'GET /communes/:id': { allow: ALL, ok: 400 },
  'POST /communes': { allow: CO, ok: 422 },
  'PUT /communes/:id': { allow: CO, ok: 400 },
  'DELETE /communes/:id': { allow: CO, ok: 400 },
  'GET /pools': { allow: ALL, ok: 200 },
  'GET /pools/:id': { allow: ALL, ok: 404 },
  'POST /pools': { allow: CO, ok: 422 },
  'PUT /pools/:id': { allow: CO, ok: 404 },
  'DELETE /pools/:id': { allow: CO, ok: 404 },
  'GET /professionals': { allow: ALL, ok: 200 },
  'GET /users': { allow: ['admin'], ok: 200 },
  'POST /users': { allow: ['admin'], ok: 422 },
  'GET /users/:id': { allow: ['admin'], ok: 404 },
  'PUT /users/:id': { allow: ['admin'], ok: 404 },
  'DELETE /users/:id': { allow: ['admin'], ok: 404 },
  'GET /journeys': { allow: CAP, ok: 200 },
  'POST /journeys': { allow: C, ok: 422 },
  'GET /journeys/:id': { allow: CAP, ok: 404 },
  'POST /journeys/:id/cancel': { allow: C, ok: 422 },
  'POST /journeys/:id/facts': { allow: C, ok: 422 },
  'POST /journeys/:id/retry': { allow: ['coordinator', 'admin'], ok: 404 },
  'GET /journeys/:id/history': { allow: CA, ok: 404 },
  'GET /journeys/:id/history.json': { allow: CA, ok: 404 },
  'POST /journeys/:id/replay': { allow: CA, ok: 404 },
  'GET /tasks': { allow: CAP, ok: 200 },
  'GET /tasks/:id': { allow: CAP, ok: 404 },
  'POST /tasks/:id/claim': { allow: ['professional'], ok: 404 },
  'POST /tasks/:id/unclaim': { allow: ['professional', 'coordinator'], ok: 404 },
  'POST /tasks/:id/reassign': { allow: C, ok: 422 },
  'POST /tasks/:id/complete': { allow: ['professional', 'coordinator'], ok: 422 },
  'GET /enrolments': { allow: CA, ok: 200 },
  'POST /enrolments': { allow: C, ok: 422 },
  'POST /enrolments/preview': { allow: C, ok: 422 },
  'GET /enrolments/:id': { allow: CA, ok: 404 },
  'GET /indicators': { allow: ['coordinator', 'auditor', 'admin'], ok: 200 },
  'GET /audit': { allow: ['auditor', 'admin'], ok: 200 },
  'GET /messages': { allow: ALL, ok: 200 },
  'GET /messages/unread-count': { allow: ALL, ok: 200 },
  'GET /messages/:id': { allow: ALL, ok: 404 },
  'POST /messages/:id/read': { allow: ALL, ok: 404 },
  'GET /message-deliveries': { allow: ['coordinator', 'admin'], ok: 200 },
  'POST /message-deliveries/:id/retry': { allow: ['coordinator', 'admin'], ok: 404 },
};

let h: LightHarness;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  for (const role of ROLES) tokens[role] = (await h.tokenFor(role, role === 'professional' ? 'IDE' : undefined)).token;
});
afterAll(() => h?.close());

function call(key: string, token?: string) {
  const [method, path] = key.split(' ') as [string, string];
  const url = `/api${path.replace(/:id/g, randomUUID())}`;
  const agent = h.request();
  const req =
    method === 'GET'
      ? agent.get(url)
      : method === 'PUT'
        ? agent.put(url).send({})
        : method === 'DELETE'
          ? agent.delete(url)
          : agent.post(url).send({});
  return token ? req.auth(token, { type: 'bearer' }) : req;
}

describe('authorisation matrix', () => {
  it('has one row per route of the registry and of the express router, and no row without a route', () => {
    const registry = apiRoutes.map((r) => `${r.method.toUpperCase()} ${r.path}`);
    const router = (h.app.locals.apiRouter as Router).stack.flatMap((layer) => {
      const route = layer.route as { path: string; methods: Record<string, boolean> } | undefined;
      return route ? Object.keys(route.methods).map((m) => `${m.toUpperCase()} ${route.path}`) : [];
    });
    expect(router.filter((r) => !(r in TABLE))).toEqual([]);
    expect(registry.filter((r) => !(r in TABLE))).toEqual([]);
    expect(Object.keys(TABLE).filter((r) => !registry.includes(r))).toEqual([]);
  });

  it('names a cell of the permission table for every route that is not public, and every cell is some route', () => {
    const cell = (r: (typeof apiRoutes)[number]) => (r.permission === 'public' ? 'public' : r.permission.join(' '));
    const unknown = apiRoutes.filter(
      (r) => r.permission !== 'public' && !allowedRoles(r.permission[0], r.permission[1]).length,
    );
    expect(unknown.map((r) => `${r.method.toUpperCase()} ${r.path} → ${cell(r)}`)).toEqual([]);
    const used = new Set(apiRoutes.map(cell));
    const unused = permissionList().filter(({ resource, action }) => !used.has(`${resource} ${action}`));
    expect(unused).toEqual([]);
    // A public route is public because it says so, not because the table forgot it.
    expect(apiRoutes.filter((r) => (r.roles === 'public') !== (r.permission === 'public'))).toEqual([]);
  });

  const cases = Object.entries(TABLE).flatMap(([key, row]) =>
    [...ROLES, 'anonymous' as const].map((who) => {
      const allowed = row.allow === 'public' || (who !== 'anonymous' && row.allow.includes(who));
      const expected = allowed ? [row.ok].flat() : [who === 'anonymous' ? 401 : 403];
      return { key, who, expected };
    }),
  );

  it.each(cases)('$key as $who → $expected', async ({ key, who, expected }) => {
    const res = await call(key, who === 'anonymous' ? undefined : tokens[who]);
    expect(expected, `${key} as ${who}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
    if (res.status >= 400 && res.status < 500)
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
