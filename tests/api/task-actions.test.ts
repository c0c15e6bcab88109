// What coordinators do to a running journey through the API: reassign its task (to a profession, then to one named
// professional), push new patient facts, cancel with a reason; the history shows each with who did it, and the
// indicators and audit log count and trace it.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, skeletonDefinition } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/api-harness.ts';
import { createTimeSkippingEnv } from '../support/temporal.ts';

let env: TestWorkflowEnvironment;
let h: Harness;
const t = {} as Record<'coordinator' | 'nurse' | 'doctor' | 'auditor' | 'admin', { token: string; userId: string }>;
let key: string;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  h = await createHarness(env, inject('databaseUrl'));
  t.coordinator = await h.tokenFor('coordinator');
  t.nurse = await h.tokenFor('professional', 'IDE');
  t.doctor = await h.tokenFor('professional', 'MG');
  t.auditor = await h.tokenFor('auditor');
  t.admin = await h.tokenFor('admin');
  const definition = skeletonDefinition();
  key = definition.key;
  const draft = await as('coordinator').post('/api/parcours', { definition }).expect(201);
  await as('coordinator').post(`/api/parcours/${draft.body.id}/publish`).expect(200);
});
afterAll(async () => {
  await h?.close();
  await env?.teardown();
});

function as(who: keyof typeof t) {
  const token = t[who].token;
  return {
    get: (url: string) => h.request().get(url).auth(token, { type: 'bearer' }),
    post: (url: string, body?: object) => h.request().post(url).auth(token, { type: 'bearer' }).send(body),
  };
}

async function openTask(journeyId: string) {
  for (let i = 0; i < 200; i++) {
    const res = await as('coordinator')
      .get('/api/tasks')
      .query({ filter: JSON.stringify({ journeyId, status: 'open' }) })
      .expect(200);
    if (res.body.length) return res.body[0] as { id: string };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the task never opened');
}

const visibleTo = async (who: keyof typeof t, taskId: string) => (await as(who).get(`/api/tasks/${taskId}`)).status;
// Whether `who` may complete the task: 403 is refused before anything reaches the workflow; anything else got past the
// assignee rule (the empty answers are then refused by the workflow, 422, so the task stays open).
const completeStatus = async (who: keyof typeof t, taskId: string) =>
  (
    await h
      .request()
      .post(`/api/tasks/${taskId}/complete`)
      .auth(t[who].token, { type: 'bearer' })
      .set('Idempotency-Key', `k-${randomUUID()}`)
      .send({ answers: {} })
  ).status;

describe('coordinator actions on a running journey', () => {
  it('reassigns, pushes facts and cancels, each in the history with its author', async () => {
    const patient = await createPatient(h.prisma);
    await h.withWorker(async () => {
      const started = await as('coordinator')
        .post('/api/journeys', { patientId: patient.id, parcoursKey: key })
        .expect(201);
      const journeyId = started.body.id as string;
      const task = await openTask(journeyId);
      expect(await visibleTo('nurse', task.id)).toBe(200);
      // A profession's task is for its professionals: whichever writer wrote the row, the coordinator may not do it.
      expect(await completeStatus('coordinator', task.id)).toBe(403);

      const toGp = await as('coordinator')
        .post(`/api/tasks/${task.id}/reassign`, { to: { profession: 'MG' }, reason: 'patient suivi par son médecin' })
        .expect(200);
      expect(toGp.body.assignee).toEqual({ profession: 'MG' });
      expect(await visibleTo('nurse', task.id)).toBe(404);
      expect(await visibleTo('doctor', task.id)).toBe(200);
      expect(await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
        assigneeProfession: 'MG',
        assigneeRole: 'professional',
        assigneeUserId: null,
      });
      expect(await completeStatus('coordinator', task.id)).toBe(403);

      const toNurse = await as('coordinator')
        .post(`/api/tasks/${task.id}/reassign`, { to: { userId: t.nurse.userId } })
        .expect(200);
      expect(toNurse.body.assignee).toMatchObject({ userId: t.nurse.userId });
      expect(await visibleTo('doctor', task.id)).toBe(404);
      expect(await visibleTo('nurse', task.id)).toBe(200);
      // The named professional replaces the profession: nothing of the previous assignee stays on the row.
      expect(await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
        assigneeProfession: null,
        assigneeRole: 'professional',
        assigneeUserId: t.nurse.userId,
        claimedAt: null,
      });
      expect(await completeStatus('coordinator', task.id)).toBe(403);
      expect(await completeStatus('nurse', task.id)).toBe(422);
      await as('coordinator')
        .post(`/api/tasks/${task.id}/reassign`, { to: { userId: t.auditor.userId } })
        .expect(422);

      const facts = await as('coordinator')
        .post(`/api/journeys/${journeyId}/facts`, { facts: { hba1c: 8.1 }, source: 'laboratoire' })
        .expect(200);
      expect(facts.body).toMatchObject({ reevaluated: false, currentStep: 'screening', status: 'running' });

      await as('coordinator').post(`/api/journeys/${journeyId}/cancel`, { reason: 'déménagement' }).expect(202);
      await env.client.workflow.getHandle(started.body.workflowId).result();
      const journey = await as('auditor').get(`/api/journeys/${journeyId}`).expect(200);
      expect(journey.body).toMatchObject({ status: 'cancelled' });
      await as('coordinator').post(`/api/journeys/${journeyId}/cancel`, { reason: 'encore' }).expect(409);

      const history = await as('coordinator').get(`/api/journeys/${journeyId}/history`).expect(200);
      const kinds = history.body.events.map((e: { kind: string }) => e.kind);
      expect(kinds).toEqual(expect.arrayContaining(['task-reassigned', 'facts-pushed', 'cancelled']));
      const reassigned = history.body.events.find((e: { kind: string }) => e.kind === 'task-reassigned');
      expect(reassigned.actor).toMatchObject({
        id: t.coordinator.userId,
        displayName: expect.stringMatching(/coordinator/),
      });
    });

    const indicators = await as('admin').get('/api/indicators').expect(200);
    expect(indicators.body.journeysByParcoursAndStatus).toContainEqual({
      parcoursKey: key,
      status: 'cancelled',
      count: 1,
    });
    const audit = await as('auditor')
      .get('/api/audit')
      .query({ filter: JSON.stringify({ patientId: patient.id }), sort: JSON.stringify(['at', 'ASC']) })
      .expect(200);
    expect(audit.body.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['start', 'update', 'cancel']),
    );
    expect(audit.body[0]).toMatchObject({ actorName: expect.any(String), actorRole: 'coordinator' });
  });
});
