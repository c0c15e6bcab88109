// Bad input on every write route: wrong types, missing fields, malformed JSON, oversized bodies and injection strings
// in list filters are refused with a 4xx problem naming the field, and nothing is written (row counts before/after).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiRoutes } from '@parcours/api';
import type { RouteSpec } from '@parcours/api';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

/** One wrongly typed body per JSON write route, and the pointer the refusal must name. */
const BAD: Record<string, { body: unknown; pointer: string; status?: number }> = {
  'POST /auth/login': { body: { email: 'pas-un-email', password: 1 }, pointer: '/body/email' },
  'POST /auth/refresh': { body: { refreshToken: 5 }, pointer: '/body/refreshToken' },
  'POST /parcours': {
    body: { definition: { key: 'Clé Invalide!', title: { fr: 'x' } } },
    pointer: '/body/definition/key',
  },
  'POST /parcours/validate': { body: {}, pointer: '/body/definition' },
  'POST /parcours/simulate': { body: { definition: 'x' }, pointer: '/body/definition' },
  'POST /parcours/from-template': { body: { templateKey: 5 }, pointer: '/body/templateKey' },
  'PUT /parcours/:id': { body: { definition: { key: 5, title: { fr: 'x' } } }, pointer: '/body/definition/key' },
  'POST /patients': {
    body: { firstName: '', lastName: 'X', birthDate: '1950-13-45', sex: 'Q' },
    pointer: '/body/birthDate',
  },
  'PUT /patients/:id': { body: { birthDate: 12 }, pointer: '/body/birthDate' },
  'POST /users': { body: { email: 'nope', displayName: 'x', role: 'king', password: 'short' }, pointer: '/body/role' },
  'PUT /users/:id': { body: { role: 'king' }, pointer: '/body/role' },
  'POST /communes': { body: { inseeCode: '20123', name: 'Ajaccio ?' }, pointer: '/body/inseeCode' },
  // A random UUID is no INSEE code: the path is refused before the body is read.
  'PUT /communes/:id': { body: { name: 5 }, pointer: '/params/id', status: 400 },
  'POST /pools': { body: { key: 'IDE Référente', label: 'x', memberIds: ['pas-un-uuid'] }, pointer: '/body/key' },
  'PUT /pools/:id': { body: { label: 5, memberIds: 'tous' }, pointer: '/body/memberIds' },
  'POST /patients/:id/care-team': { body: { userId: 'pas-un-uuid', role: 'chef' }, pointer: '/body/userId' },
  'POST /patients/:id/care-team/:memberId/end': { body: { endDate: '2026-02-30' }, pointer: '/body/endDate' },
  'POST /patients/:id/say': { body: { kind: 'objection', channel: 'pigeon' }, pointer: '/body/channel' },
  'POST /patients/:id/break-glass': { body: { reason: 'trop court' }, pointer: '/body/reason' },
  'POST /journeys': { body: { patientId: 'pas-un-uuid', parcoursKey: 'frailty' }, pointer: '/body/patientId' },
  'POST /journeys/:id/cancel': { body: { reason: 1 }, pointer: '/body/reason' },
  'POST /journeys/:id/facts': { body: { facts: 'x' }, pointer: '/body/facts' },
  'POST /tasks/:id/reassign': { body: { to: { profession: 5 } }, pointer: '/body/to' },
  'POST /tasks/:id/complete': { body: { answers: 'x' }, pointer: '/body/answers' },
  'POST /enrolments': {
    body: { parcoursKey: 'x\'; DROP TABLE "Patient"; --', dryRun: 'oui' },
    pointer: '/body/parcoursKey',
  },
  'POST /enrolments/preview': {
    body: { parcoursKey: 'ok', filter: { ageMin: 'vieux' } },
    pointer: '/body/filter/ageMin',
  },
};

const jsonWrites = apiRoutes.filter((r) => r.body && !r.bodyType);
const keyOf = (r: RouteSpec) => `${r.method.toUpperCase()} ${r.path}`;

let h: LightHarness;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  for (const role of ['coordinator', 'professional', 'auditor', 'admin'] as const)
    tokens[role] = (await h.tokenFor(role, role === 'professional' ? 'IDE' : undefined)).token;
});
afterAll(() => h?.close());

async function counts() {
  const p = h.prisma;
  const [patients, definitions, users, journeys, tasks, enrolments, idempotency, communes, pools] = await Promise.all([
    p.patient.count(),
    p.parcoursDefinition.count(),
    p.user.count(),
    p.journey.count(),
    p.task.count(),
    p.enrolment.count(),
    p.idempotencyRecord.count(),
    p.commune.count(),
    p.pool.count(),
  ]);
  return { patients, definitions, users, journeys, tasks, enrolments, idempotency, communes, pools };
}

function send(spec: RouteSpec, prepare: (r: ReturnType<ReturnType<LightHarness['request']>['post']>) => typeof r) {
  const url = `/api${spec.path.replace(/:\w+/g, () => randomUUID())}`;
  const agent = h.request();
  const base = spec.method === 'put' ? agent.put(url) : agent.post(url);
  const withAuth = spec.roles === 'public' ? base : base.auth(tokens[spec.roles[0]!]!, { type: 'bearer' });
  return prepare(withAuth.set('Idempotency-Key', `bad-input-${randomUUID()}`));
}

describe('bad input on every write route', () => {
  it('has a bad body for every JSON write route', () => {
    expect(jsonWrites.map(keyOf).filter((k) => !(k in BAD))).toEqual([]);
  });

  it.each(jsonWrites.map((r) => ({ key: keyOf(r), spec: r })))('$key', async ({ key, spec }) => {
    const before = await counts();
    const bad = BAD[key]!;

    const wrong = await send(spec, (r) => r.send(bad.body as object));
    expect(wrong.status, JSON.stringify(wrong.body)).toBe(bad.status ?? 422);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(bad.pointer);
    expect(typeof wrong.body.detail).toBe('string');

    const missing = await send(spec, (r) => r.send([]));
    expect(missing.status).toBeGreaterThanOrEqual(400);
    expect(missing.status).toBeLessThan(500);

    const malformed = await send(spec, (r) => r.set('Content-Type', 'application/json').send('{"definition": '));
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_body');

    const huge = await send(spec, (r) => r.send({ padding: 'x'.repeat(1_100_000) }));
    expect(huge.status).toBe(413);
    expect(huge.headers['content-type']).toMatch(/application\/problem\+json/);

    expect(await counts()).toEqual(before);
  });
});

describe('list filters refuse what they do not know, and injection strings stay data', () => {
  const list = (path: string, query: Record<string, string>, role = 'coordinator') =>
    h.request().get(`/api${path}`).query(query).auth(tokens[role]!, { type: 'bearer' });

  it('treats an SQL-looking search as text', async () => {
    const res = await list('/patients', { filter: JSON.stringify({ q: `'; DROP TABLE "Patient"; --` }) }).expect(200);
    expect(res.body).toEqual([]);
    expect(await h.prisma.patient.count()).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['/tasks', { filter: JSON.stringify({ status: "open' OR 1=1 --" }) }, '/query/filter/status'],
    ['/journeys', { filter: JSON.stringify({ patientId: '1 OR 1=1' }) }, '/query/filter/patientId'],
    ['/patients', { filter: JSON.stringify({ 'birthDate": {"gt': 1 }) }, '/query/filter'],
    ['/patients', { sort: JSON.stringify(['extra', 'ASC']) }, '/query/sort/0'],
    ['/audit', { sort: JSON.stringify(['id; DELETE FROM "AuditEvent"', 'ASC']) }, '/query/sort/0'],
    ['/patients', { range: JSON.stringify([5, 1]) }, '/query/range'],
    ['/patients', { filter: '{not json' }, '/query/filter'],
  ])('%s %j → 400 at %s', async (path, query, pointer) => {
    const res = await list(path, query, path === '/audit' ? 'auditor' : 'coordinator').expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });

  it('answers unknown routes with a 404 problem', async () => {
    const res = await h.request().get('/api/nope').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
