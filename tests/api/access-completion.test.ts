// The done-when of issue 14 through the real stack (API, Temporal, worker): a GP outside the patient's care team
// neither sees nor completes the task the patient's own GP was given; the own GP sees it, completes it, and the
// journey moves on.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, skeletonDefinition } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/api-harness.ts';
import { joinCareTeam } from '../support/access.ts';
import { createTimeSkippingEnv } from '../support/temporal.ts';

let env: TestWorkflowEnvironment;
let h: Harness;
type Who = { token: string; userId: string };
let coordinator: Who;
let key: string;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  h = await createHarness(env, inject('databaseUrl'));
  coordinator = await h.tokenFor('coordinator');
  const definition = skeletonDefinition();
  key = definition.key;
  const draft = await h
    .request()
    .post('/api/parcours')
    .auth(coordinator.token, { type: 'bearer' })
    .send({ definition })
    .expect(201);
  await h
    .request()
    .post(`/api/parcours/${draft.body.id}/publish`)
    .auth(coordinator.token, { type: 'bearer' })
    .expect(200);
});
afterAll(async () => {
  await h?.close();
  await env?.teardown();
});

const as = (who: Who) => ({
  get: (url: string) => h.request().get(url).auth(who.token, { type: 'bearer' }),
  post: (url: string, body?: object) => h.request().post(url).auth(who.token, { type: 'bearer' }).send(body),
  complete: (taskId: string, answers: object) =>
    h
      .request()
      .post(`/api/tasks/${taskId}/complete`)
      .auth(who.token, { type: 'bearer' })
      .set('Idempotency-Key', `k-${randomUUID()}`)
      .send({ answers }),
});

async function openTask(journeyId: string) {
  for (let i = 0; i < 200; i++) {
    const res = await as(coordinator)
      .get('/api/tasks')
      .query({ filter: JSON.stringify({ journeyId, status: 'open' }) })
      .expect(200);
    if (res.body.length) return res.body[0] as { id: string };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the task never opened');
}

describe('the patient’s own GP, and a GP outside the team', () => {
  it('lets only the own GP see and complete the task they were given', async () => {
    const ownGp = await h.tokenFor('professional', 'MG');
    const otherGp = await h.tokenFor('professional', 'MG');
    const patient = await createPatient(h.prisma);
    await joinCareTeam(h.prisma, patient.id, { id: ownGp.userId, profession: 'MG' }, { role: 'medecin-traitant' });
    await h.withWorker(async () => {
      const started = await as(coordinator).post('/api/journeys', { patientId: patient.id, parcoursKey: key });
      expect(started.status).toBe(201);
      const journeyId = started.body.id as string;
      const task = await openTask(journeyId);
      await as(coordinator)
        .post(`/api/tasks/${task.id}/reassign`, { to: { userId: ownGp.userId }, reason: 'son médecin traitant' })
        .expect(200);

      for (const url of [`/api/tasks/${task.id}`, `/api/journeys/${journeyId}`, `/api/patients/${patient.id}`])
        await as(otherGp).get(url).expect(404);
      expect((await as(otherGp).complete(task.id, { chairRiseSeconds: 9 })).status).toBe(404);
      const otherList = await as(otherGp)
        .get('/api/tasks')
        .query({ filter: JSON.stringify({ id: [task.id] }) })
        .expect(200);
      expect(otherList.body).toEqual([]);

      const mine = await as(ownGp)
        .get('/api/tasks')
        .query({ filter: JSON.stringify({ mine: true, id: [task.id] }) })
        .expect(200);
      expect(mine.body.map((t: { id: string }) => t.id)).toEqual([task.id]);
      await as(ownGp).get(`/api/patients/${patient.id}`).expect(200);
      const done = await as(ownGp).complete(task.id, { chairRiseSeconds: 9 });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      expect(await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
        status: 'completed',
        completedById: ownGp.userId,
      });
      // Still not the other GP's business once done.
      await as(otherGp).get(`/api/tasks/${task.id}`).expect(404);
      await as(ownGp).get(`/api/tasks/${task.id}`).expect(200);
    });
  });
});
