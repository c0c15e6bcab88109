// POST /api/journeys/:id/retry: a journey held in error by a permanent failure (a real CHECK constraint refusing its
// projection write) is listed under the `error` status with the failure; the coordinator's retry answers `error` while
// the cause is there and `running` once it is fixed; a journey not in error gets a 409; every retry is audited.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, skeletonDefinition } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/api-harness.ts';
import { createTimeSkippingEnv } from '../support/temporal.ts';

let env: TestWorkflowEnvironment;
let h: Harness;
let token: string;
let key: string;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  h = await createHarness(env, inject('databaseUrl'));
  token = (await h.tokenFor('coordinator')).token;
  const definition = skeletonDefinition();
  key = definition.key;
  const draft = await post('/api/parcours', { definition }).expect(201);
  await post(`/api/parcours/${draft.body.id}/publish`).expect(200);
});
afterAll(async () => {
  await h?.close();
  await env?.teardown();
});

const get = (url: string) => h.request().get(url).auth(token, { type: 'bearer' });
const post = (url: string, body?: object) => h.request().post(url).auth(token, { type: 'bearer' }).send(body);

async function journeyIn(journeyId: string, status: string) {
  for (let i = 0; i < 200; i++) {
    const res = await get(`/api/journeys/${journeyId}`).expect(200);
    if (res.body.status === status) return res.body as { error: Record<string, unknown> | null };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the journey never reached ${status}`);
}

describe('POST /api/journeys/:id/retry', () => {
  it('retries the failed step of a journey in error, and refuses one that is not', async () => {
    const patient = await createPatient(h.prisma);
    // Only this patient's journeys refuse their first step: other tests sharing the database are untouched.
    const constraint = `block_${patient.id.slice(0, 8)}`;
    await h.prisma.$executeRawUnsafe(
      `ALTER TABLE "Journey" ADD CONSTRAINT ${constraint} CHECK ("patientId" <> '${patient.id}' OR "currentStep" IS DISTINCT FROM 'screening')`,
    );
    try {
      await h.withWorker(async () => {
        const started = await post('/api/journeys', { patientId: patient.id, parcoursKey: key }).expect(201);
        const journeyId = started.body.id as string;
        const held = await journeyIn(journeyId, 'error');
        expect(held.error).toMatchObject({ stepId: 'screening', activity: 'recordStep' });
        const listed = await get('/api/journeys')
          .query({ filter: JSON.stringify({ status: 'error', patientId: patient.id }) })
          .expect(200);
        expect(listed.body.map((j: { id: string }) => j.id)).toEqual([journeyId]);

        const again = await post(`/api/journeys/${journeyId}/retry`).expect(200);
        expect(again.body).toMatchObject({ id: journeyId, status: 'error', error: { retries: 1 } });

        await h.prisma.$executeRawUnsafe(`ALTER TABLE "Journey" DROP CONSTRAINT ${constraint}`);
        const resumed = await post(`/api/journeys/${journeyId}/retry`).expect(200);
        expect(resumed.body).toEqual({ id: journeyId, status: 'running', error: null });
        expect((await journeyIn(journeyId, 'running')).error).toBeNull();

        const refused = await post(`/api/journeys/${journeyId}/retry`).expect(409);
        expect(refused.headers['content-type']).toMatch(/problem\+json/);
        expect(refused.body).toMatchObject({ status: 409 });
        const audited = await h.prisma.auditEvent.findMany({
          where: { action: 'retry', resourceId: journeyId },
          orderBy: { id: 'asc' },
        });
        expect(audited.map((a) => (a.details as { outcome: string }).outcome)).toEqual(['error', 'running']);
        // The retried recordStep is not a second step in the readable history.
        const history = await get(`/api/journeys/${journeyId}/history`).expect(200);
        const steps = (history.body.events as { kind: string; stepId?: string }[]).filter((e) => e.kind === 'step');
        expect(steps.map((e) => e.stepId)).toEqual(['screening']);
        await post(`/api/journeys/${journeyId}/cancel`, { reason: 'fin du test' }).expect(202);
      });
    } finally {
      await h.prisma.$executeRawUnsafe(`ALTER TABLE "Journey" DROP CONSTRAINT IF EXISTS ${constraint}`);
    }
  });
});
