// NUL (U+0000), unpaired surrogates and oversized values at every layer: the API refuses them with a located 400 on
// every route (bodies, query filters, paths, the CSV import); the workflow's Update validators refuse them when the
// API is bypassed; the task projection activity fails them non-retryably instead of retrying forever. Each case checks
// that nothing was written, doubled or left stuck: row counts, the task still open, the journey still running, and a
// clean completion afterwards.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiRoutes } from '@parcours/api';
import { completeTaskUpdate, createActivities, pushFactsUpdate } from '@parcours/worker';
import { startFaultStack, type FaultStack } from './support/stack.ts';

const NUL = 'a\u0000b';
const LONE = 'a\uD800b';

let s: FaultStack;
let workflowId: string;

beforeAll(async () => {
  // A built back office stand-in, so unknown static files are served (and refused) as in production.
  const dist = mkdtempSync(join(tmpdir(), 'parcours-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Parcours</title>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  s = await startFaultStack(inject('databaseUrl'), { adminDist: dist });
  workflowId = (await s.prisma.journey.findUniqueOrThrow({ where: { id: s.seed.journeyId } })).workflowId;
}, 300_000);
afterAll(() => s?.close());

async function counts() {
  const p = s.prisma;
  const [patients, definitions, users, journeys, tasks, openTasks, enrolments, audit, idempotency] = await Promise.all([
    p.patient.count(),
    p.parcoursDefinition.count(),
    p.user.count(),
    p.journey.count(),
    p.task.count(),
    p.task.count({ where: { status: 'open' } }),
    p.enrolment.count(),
    p.auditEvent.count({ where: { action: { notIn: ['read', 'list'] } } }),
    p.idempotencyRecord.count(),
  ]);
  return { patients, definitions, users, journeys, tasks, openTasks, enrolments, audit, idempotency };
}

const roleFor = (roles: readonly string[] | 'public') =>
  roles === 'public' ? 'coordinator' : (roles[0] as 'coordinator' | 'professional' | 'auditor' | 'admin');

const pathOf = (path: string) =>
  `/api${path.replace(/:id/g, (_m, offset: number) => (path.startsWith('/tasks') ? s.seed.taskId : path.startsWith('/patients') ? s.seed.patientId : path.startsWith('/parcours') && offset ? s.seed.parcoursId : s.seed.journeyId))}`;

describe('the API refuses NUL and unpaired surrogates with a located 400, writing nothing', () => {
  const writes = apiRoutes.filter((r) => r.body && !r.bodyType);

  it.each(writes.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', async (_name, spec) => {
    const before = await counts();
    for (const bad of [NUL, LONE]) {
      const res = await s.call(
        roleFor(spec.roles),
        spec.method.toUpperCase(),
        pathOf(spec.path),
        { [`field${bad}`]: 1, nested: { text: bad } },
        { 'Idempotency-Key': `nul-${Math.random().toString(36).slice(2)}` },
      );
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.code).toBe('unsafe_text');
      expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/body/nested/text');
      expect(res.body.errors[0].message).toMatch(/caractère|Unicode/);
    }
    expect(await counts()).toEqual(before);
  });

  it.each(apiRoutes.filter((r) => r.list).map((r) => [r.path, r] as const))('GET %s filter', async (path, spec) => {
    const role = path === '/audit' ? 'auditor' : roleFor(spec.roles);
    const res = await s.call(role, 'GET', `/api${path}?filter=${encodeURIComponent(JSON.stringify({ q: NUL }))}`);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.errors[0].pointer).toBe('/query/filter/q');
  });

  it('refuses them in a path and in the CSV import, with the line', async () => {
    const path = await s.call('coordinator', 'GET', '/api/patients/%00');
    expect(path.status).toBe(400);
    expect(path.body.errors[0].pointer).toBe('/path');
    const broken = await s.call('coordinator', 'GET', '/api/patients/%ED%A0%80');
    expect(broken.status).toBe(400);
    const before = await counts();
    const csv = await s.call(
      'coordinator',
      'POST',
      '/api/patients/import',
      `firstName,lastName,birthDate,sex\nJeanne,Dupont,1950-01-01,F\nMarie,Du${NUL},1950-01-01,F\n`,
      { 'content-type': 'text/csv' },
    );
    expect(csv.status, JSON.stringify(csv.body)).toBe(400);
    expect(csv.body.errors[0].message).toMatch(/ligne 3/);
    expect(await counts()).toEqual(before);
  });

  it('a NUL cancel reason: 400, the journey still running in PostgreSQL and Temporal, no audit row', async () => {
    const before = await counts();
    const res = await s.call('coordinator', 'POST', `/api/journeys/${s.seed.journeyId}/cancel`, {
      reason: `motif ${NUL}`,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('/body/reason');
    expect(await counts()).toEqual(before);
    const state = await s.client.workflow.getHandle(workflowId).describe();
    expect(state.status.name).toBe('RUNNING');
    const row = await s.prisma.journey.findUniqueOrThrow({ where: { id: s.seed.journeyId } });
    expect(row.status).toBe('running');
  });
});

describe('ranges, dates, wildcards and files the database or the server would have failed on', () => {
  it.each([
    ['/api/enrolments', { parcoursKey: 'x', version: 8589934592 }],
    ['/api/enrolments/preview', { parcoursKey: 'x', version: 8589934592 }],
    ['/api/journeys', { patientId: '00000000-0000-4000-8000-000000000000', parcoursKey: 'x', version: 8589934592 }],
  ])('POST %s with version 2^33 → 422 at /body/version', async (path, body) => {
    const res = await s.call('coordinator', 'POST', path, body);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/body/version');
  });

  it.each([['1950-02-30'], ['2023-02-29'], ['1950-13-01']])('birth date %s → 422', async (birthDate) => {
    const res = await s.call('coordinator', 'POST', '/api/patients', {
      firstName: 'A',
      lastName: 'B',
      birthDate,
      sex: 'F',
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe('/body/birthDate');
    const discharge = await s.call('coordinator', 'PUT', `/api/patients/${s.seed.patientId}`, {
      lastDischargeAt: `${birthDate}T10:00:00Z`,
    });
    expect(discharge.status).toBe(422);
  });

  it('oversized values: a 10,000-character reason is a 422, a 2 MB body a 413', async () => {
    const long = await s.call('coordinator', 'POST', `/api/journeys/${s.seed.journeyId}/cancel`, {
      reason: 'x'.repeat(10_000),
    });
    expect(long.status).toBe(422);
    const huge = await s.call('coordinator', 'POST', '/api/patients', { firstName: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
  });

  it('searches % and _ as themselves', async () => {
    // Other files (the contract fuzzing) may have left patients with such characters in their names: each one found
    // must contain the character itself, and a wildcard would have matched every patient.
    const patients = await s.prisma.patient.count();
    for (const ch of ['%', '_']) {
      const res = await s.call(
        'coordinator',
        'GET',
        `/api/patients?filter=${encodeURIComponent(JSON.stringify({ q: ch }))}`,
      );
      expect(res.status).toBe(200);
      const rows = res.body as { firstName: string; lastName: string }[];
      expect(rows.every((p) => `${p.firstName} ${p.lastName}`.includes(ch))).toBe(true);
      expect(Number(/\/(\d+)$/.exec(res.headers.get('content-range') ?? '')?.[1])).toBeLessThan(patients);
    }
  });

  it('unknown static files are 404, known ones served; patient JSON is no-store; Permissions-Policy everywhere', async () => {
    expect((await s.call('coordinator', 'GET', '/assets/nonexistent.js')).status).toBe(404);
    expect((await s.call('coordinator', 'GET', '/assets/app-abc123.js')).status).toBe(200);
    const patient = await s.call('coordinator', 'GET', `/api/patients/${s.seed.patientId}`);
    expect(patient.status).toBe(200);
    expect(patient.headers.get('cache-control')).toBe('no-store');
    expect(patient.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect((await s.call('coordinator', 'GET', '/')).headers.get('permissions-policy')).toMatch(/geolocation=\(\)/);
  });

  it('a missing method is a 405 with Allow', async () => {
    const res = await s.call('coordinator', 'DELETE', '/api/journeys');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST, HEAD, OPTIONS');
    const literal = await s.call('coordinator', 'PUT', '/api/parcours/validate', {});
    expect(literal.status).toBe(405);
  });
});

describe('below the API: the workflow and the activity refuse NUL too', () => {
  it('the completeTask and pushFacts validators refuse it: nothing recorded, the task still open, then it completes', async () => {
    const handle = s.client.workflow.getHandle(workflowId);
    const historyLength = async () => (await handle.describe()).historyLength;
    const length = await historyLength();
    const refused = await handle
      .executeUpdate(completeTaskUpdate, {
        args: [{ taskId: s.seed.taskId, answers: { chairRiseSeconds: 10, note: NUL }, completedBy: 'test' }],
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    const failure = (refused as WorkflowUpdateFailedError).cause as ApplicationFailure;
    expect(failure.type).toBe('InvalidAnswers');
    expect(JSON.stringify(failure.details)).toContain('nul-character');
    const facts = await handle
      .executeUpdate(pushFactsUpdate, { args: [{ facts: { extra: { note: LONE } }, pushedBy: 'test' }] })
      .catch((e: unknown) => e);
    expect(((facts as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe('InvalidFacts');
    // A rejected Update leaves no event in the history.
    expect(await historyLength()).toBe(length);
    expect((await s.prisma.task.findUniqueOrThrow({ where: { id: s.seed.taskId } })).status).toBe('open');

    const done = await s.call(
      'professional',
      'POST',
      `/api/tasks/${s.seed.taskId}/complete`,
      { answers: { chairRiseSeconds: 10 } },
      { 'Idempotency-Key': `after-nul-${s.seed.taskId}` },
    );
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.nextStep).toMatch(/triage|recall/);
    expect(await s.prisma.task.count({ where: { journeyId: s.seed.journeyId, status: 'completed' } })).toBe(1);
  });

  it('closeTask with a NUL fails at once, non-retryable, and leaves the row open', async () => {
    const activities = createActivities({ prisma: s.prisma });
    const task = await s.prisma.task.create({
      data: { journeyId: s.seed.journeyId, stepId: 'nul-probe', iteration: 0, title: { fr: 'x' }, form: [] },
    });
    const error = await activities
      .closeTask({ taskId: task.id, status: 'completed', answers: { note: NUL } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplicationFailure);
    expect((error as ApplicationFailure).nonRetryable).toBe(true);
    expect((error as ApplicationFailure).type).toBe('PermanentDataError');
    expect((await s.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe('open');
    await s.prisma.task.delete({ where: { id: task.id } });
  });
});
