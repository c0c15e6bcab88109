// Temporal or its worker away while the API is called: every call answers within its deadline with a 503 problem
// (`worker_unavailable` / `temporal_unavailable`, Retry-After, French), health says which part is down, nothing is
// half done (a refused cancel leaves no audit row and the journey running), and once everything is back the same
// request (same Idempotency-Key) succeeds exactly once: nothing lost, doubled or stuck.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTaskOf, startFaultStack, type FaultStack } from './support/stack.ts';

const CALL_MS = 2000;
const UPDATE_MS = 4000;

let s: FaultStack;
beforeAll(async () => {
  s = await startFaultStack(inject('databaseUrl'), { callTimeoutMs: CALL_MS, updateTimeoutMs: UPDATE_MS });
}, 300_000);
afterAll(() => s?.close());

function expectUnavailable(res: Awaited<ReturnType<FaultStack['call']>>, code: string, withinMs: number) {
  expect(res.status, JSON.stringify(res.body)).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(res.body.code).toBe(code);
  expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(res.body.detail).toMatch(/réessayez/);
  expect(res.ms).toBeLessThan(withinMs);
}

const complete = (taskId: string, key: string) =>
  s.call(
    'professional',
    'POST',
    `/api/tasks/${taskId}/complete`,
    { answers: { chairRiseSeconds: 10 } },
    {
      'Idempotency-Key': key,
    },
  );

/** What a client does with a 503: try again (here every second rather than after Retry-After) until it answers. */
async function retryWhileUnavailable(send: () => ReturnType<FaultStack['call']>, timeoutMs = 90_000) {
  for (const deadline = Date.now() + timeoutMs; ;) {
    const res = await send();
    if (res.status !== 503 || Date.now() > deadline) return res;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('condition not reached');
}

describe('Temporal and the worker away, then back', () => {
  it('health reports the worker polling the task queue', async () => {
    const res = await s.call('coordinator', 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'up', database: 'up', temporal: 'up', worker: 'up' });
  });

  it('no worker: a completion answers 503 worker_unavailable in seconds, then succeeds once the worker is back', async () => {
    await s.stopWorker();
    const key = `away-${s.seed.taskId}`;
    const refused = await complete(s.seed.taskId, key);
    expectUnavailable(refused, 'worker_unavailable', UPDATE_MS + 3000);
    expect((await s.prisma.task.findUniqueOrThrow({ where: { id: s.seed.taskId } })).status).toBe('open');
    expect(await s.prisma.idempotencyRecord.count({ where: { key } })).toBe(0);

    await s.startWorker();
    // The retry with the same key: either attaches to the Update Temporal still holds, or sends it again.
    const done = await retryWhileUnavailable(() => complete(s.seed.taskId, key));
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const again = await complete(s.seed.taskId, key);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const tasks = await s.prisma.task.findMany({ where: { journeyId: s.seed.journeyId } });
    expect(tasks.filter((t) => t.stepId === 'screening')).toHaveLength(1);
    expect(tasks.find((t) => t.id === s.seed.taskId)?.status).toBe('completed');
    expect(await s.prisma.auditEvent.count({ where: { action: 'complete', resourceId: s.seed.taskId } })).toBe(1);
  });

  it('Temporal stopped: every Temporal route answers 503 temporal_unavailable within its deadline, nothing half done', async () => {
    // A second journey with its task open, to act on while Temporal is away.
    const patient = await s.prisma.patient.create({
      data: { firstName: 'Rose', lastName: 'Away', birthDate: new Date('1944-05-01T00:00:00Z'), sex: 'F' },
    });
    const started = await s.call('coordinator', 'POST', '/api/journeys', {
      patientId: patient.id,
      parcoursKey: s.seed.parcoursKey,
    });
    expect(started.status).toBe(201);
    const journeyId = started.body.id as string;
    const taskId = await openTaskOf(s.prisma, journeyId);
    const auditBefore = await s.prisma.auditEvent.count({ where: { action: { in: ['cancel', 'complete', 'start'] } } });

    await s.temporal.stop();
    try {
      const health = await s.call('coordinator', 'GET', '/api/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'down', database: 'up', temporal: 'down' });
      expect(health.ms).toBeLessThan(5000);

      const cancel = await s.call('coordinator', 'POST', `/api/journeys/${journeyId}/cancel`, {
        reason: 'Déménagement',
      });
      expectUnavailable(cancel, 'temporal_unavailable', CALL_MS + 3000);
      expectUnavailable(await complete(taskId, `down-${taskId}`), 'temporal_unavailable', UPDATE_MS + 3000);
      expectUnavailable(
        await s.call('auditor', 'GET', `/api/journeys/${journeyId}/history`),
        'temporal_unavailable',
        CALL_MS + 3000,
      );
      expectUnavailable(
        await s.call('coordinator', 'POST', `/api/journeys/${journeyId}/facts`, { facts: { weightKg: 60 } }),
        'temporal_unavailable',
        UPDATE_MS + 3000,
      );
      const other = await s.prisma.patient.create({
        data: { firstName: 'Lys', lastName: 'Away', birthDate: new Date('1940-01-01T00:00:00Z'), sex: 'F' },
      });
      expectUnavailable(
        await s.call('coordinator', 'POST', '/api/journeys', { patientId: other.id, parcoursKey: s.seed.parcoursKey }),
        'temporal_unavailable',
        CALL_MS + 3000,
      );
      // Reads from PostgreSQL still work.
      expect((await s.call('coordinator', 'GET', `/api/journeys/${journeyId}`)).status).toBe(200);

      expect(await s.prisma.auditEvent.count({ where: { action: { in: ['cancel', 'complete', 'start'] } } })).toBe(
        auditBefore,
      );
      expect((await s.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).status).toBe('running');
      expect((await s.prisma.task.findUniqueOrThrow({ where: { id: taskId } })).status).toBe('open');
    } finally {
      await s.temporal.start();
    }

    // Back: the same requests succeed, once.
    await waitFor(async () => (await s.call('coordinator', 'GET', '/api/health')).status === 200, 90_000);
    const done = await retryWhileUnavailable(() => complete(taskId, `down-${taskId}`));
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const cancel = await retryWhileUnavailable(() =>
      s.call('coordinator', 'POST', `/api/journeys/${journeyId}/cancel`, { reason: 'Déménagement' }),
    );
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(202);
    await waitFor(
      async () => (await s.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).status === 'cancelled',
    );
    expect(await s.prisma.auditEvent.count({ where: { action: 'cancel', resourceId: journeyId } })).toBe(1);
    expect(await s.prisma.task.count({ where: { journeyId, stepId: 'screening' } })).toBe(1);
    expect((await s.call('auditor', 'GET', `/api/journeys/${journeyId}/history`)).status).toBe(200);
  });
});
