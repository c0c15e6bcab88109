// The walking skeleton: a minimal parcours (task, decision, wait, two ends) published and started through the API for a
// patient; the interpreter workflow opens the task in the Task table; completing it through the API drives the branch
// its answers select; the journey ends with the expected outcome, visible through the API. Real Postgres, real
// Temporal test server (time-skipping: the 6-month wait takes milliseconds).
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser, skeletonDefinition } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/api-harness.ts';
import { createTimeSkippingEnv } from '../support/temporal.ts';

let env: TestWorkflowEnvironment;
let h: Harness;
let coordinator: string;
let nurse: string;
let parcoursKey: string;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  h = await createHarness(env, inject('databaseUrl'));
  const [c, n] = await Promise.all([
    createUser(h.prisma, { role: 'coordinator' }),
    createUser(h.prisma, { role: 'professional', profession: 'IDE' }),
  ]);
  coordinator = await h.login(c.email);
  nurse = await h.login(n.email);
  const draft = await h
    .request()
    .post('/api/parcours')
    .auth(coordinator, { type: 'bearer' })
    .send({ definition: skeletonDefinition() })
    .expect(201);
  expect(draft.body).toMatchObject({ status: 'draft' });
  const published = await h
    .request()
    .post(`/api/parcours/${draft.body.id}/publish`)
    .auth(coordinator, { type: 'bearer' })
    .expect(200);
  expect(published.body).toMatchObject({ key: draft.body.key, version: 1, status: 'published' });
  parcoursKey = published.body.key;
});

afterAll(async () => {
  await h?.close();
  await env?.teardown();
});

async function startJourney(birthDate = '1950-03-14') {
  const patient = await createPatient(h.prisma, { birthDate });
  const res = await h
    .request()
    .post('/api/journeys')
    .auth(coordinator, { type: 'bearer' })
    .send({ patientId: patient.id, parcoursKey });
  return { patient, res };
}

async function openTaskOf(journeyId: string) {
  for (let i = 0; i < 100; i++) {
    const res = await h
      .request()
      .get('/api/tasks')
      .query({ filter: JSON.stringify({ journeyId, status: 'open' }) })
      .auth(nurse, { type: 'bearer' })
      .expect(200);
    if (res.body.length)
      return res.body[0] as { id: string; stepId: string; status: string; dueAt: string; form: unknown[] };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the task never opened');
}

describe('walking skeleton', () => {
  it.each([
    { seconds: 20, outcome: 'referred', branch: 'positive screen → referred' },
    { seconds: 9, outcome: 'completed', branch: 'negative screen → 6-month wait → completed' },
  ])('$branch', async ({ seconds, outcome }) => {
    await h.withWorker(async () => {
      const { res } = await startJourney();
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'running' });
      const journeyId = res.body.id as string;

      const task = await openTaskOf(journeyId);
      expect(task).toMatchObject({ stepId: 'screening', status: 'open' });
      expect(task.form).toHaveLength(1);
      const row = await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } });
      expect(row.assigneeProfession).toBe('IDE');

      const done = await h
        .request()
        .post(`/api/tasks/${task.id}/complete`)
        .auth(nurse, { type: 'bearer' })
        .set('Idempotency-Key', `k-${task.id}`)
        .send({ answers: { chairRiseSeconds: seconds } });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ taskId: task.id, stepId: 'screening' });

      const result = await env.client.workflow.getHandle(res.body.workflowId).result();
      expect(result).toEqual({ status: 'completed', outcome });

      const journey = await h
        .request()
        .get(`/api/journeys/${journeyId}`)
        .auth(coordinator, { type: 'bearer' })
        .expect(200);
      expect(journey.body).toMatchObject({ id: journeyId, status: 'completed', outcome, parcoursKey, version: 1 });
      const completed = await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } });
      expect(completed.status).toBe('completed');
      expect(completed.answers).toEqual({ chairRiseSeconds: seconds });
    });
  });

  it('refuses answers that break the form, with the field, and records nothing', async () => {
    await h.withWorker(async () => {
      const { res } = await startJourney();
      const task = await openTaskOf(res.body.id);
      const bad = await h
        .request()
        .post(`/api/tasks/${task.id}/complete`)
        .auth(nurse, { type: 'bearer' })
        .set('Idempotency-Key', `bad-${task.id}`)
        .send({ answers: { chairRiseSeconds: 500 } });
      expect(bad.status).toBe(422);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(bad.body.errors[0].pointer).toBe('/body/answers/chairRiseSeconds');
      expect((await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe('open');
      await h
        .request()
        .post(`/api/journeys/${res.body.id}/cancel`)
        .auth(coordinator, { type: 'bearer' })
        .send({ reason: 'fin du test' })
        .expect(202);
      expect(await env.client.workflow.getHandle(res.body.workflowId).result()).toEqual({
        status: 'cancelled',
        outcome: 'cancelled',
      });
    });
  });

  it('explains why an ineligible patient is refused', async () => {
    const { res } = await startJourney('1990-01-01');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('not_eligible');
    expect(res.body.detail).toMatch(/âge|age/i);
  });

  it('refuses a second open journey for the same patient and parcours', async () => {
    await h.withWorker(async () => {
      const { patient, res } = await startJourney();
      expect(res.status).toBe(201);
      const again = await h
        .request()
        .post('/api/journeys')
        .auth(coordinator, { type: 'bearer' })
        .send({ patientId: patient.id, parcoursKey });
      expect(again.status).toBe(409);
      await h
        .request()
        .post(`/api/journeys/${res.body.id}/cancel`)
        .auth(coordinator, { type: 'bearer' })
        .send({ reason: 'fin du test' })
        .expect(202);
      await env.client.workflow.getHandle(res.body.workflowId).result();
    });
  });
});
