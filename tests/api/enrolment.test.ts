// Cohort enrolment: 1,000 eligible patients (and some who are not) enrolled by a background job, then the same
// enrolment again: still exactly 1,000 journeys. A job left `queued` by a stopped API is picked up by resume(), a
// running one only once its owner's lease has lapsed.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { skeletonDefinition } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/api-harness.ts';
import { createTimeSkippingEnv } from '../support/temporal.ts';

let env: TestWorkflowEnvironment;
let h: Harness;
let coordinator: { token: string; userId: string };
const marker = `Cohorte-${randomUUID().slice(0, 8)}`;
let key: string;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  h = await createHarness(env, inject('databaseUrl'));
  coordinator = await h.tokenFor('coordinator');
  const definition = skeletonDefinition();
  key = definition.key;
  const draft = await post('/api/parcours', { definition }).expect(201);
  await post(`/api/parcours/${draft.body.id}/publish`).expect(200);
  // createMany: a thousand patients in one statement; 50 too young to be eligible.
  await h.prisma.patient.createMany({
    data: Array.from({ length: 1050 }, (_, i) => ({
      firstName: `P${i}`,
      lastName: marker,
      birthDate: new Date(i < 1000 ? '1950-01-01' : '1995-01-01'),
      sex: i % 2 ? 'F' : 'M',
    })),
  });
});
afterAll(async () => {
  await h?.close();
  await env?.teardown();
});

function post(url: string, body?: object) {
  return h.request().post(url).auth(coordinator.token, { type: 'bearer' }).send(body);
}

async function finished(id: string) {
  await h.enrolments.idle(id);
  const res = await h.request().get(`/api/enrolments/${id}`).auth(coordinator.token, { type: 'bearer' }).expect(200);
  return res.body as Record<string, unknown>;
}

describe('cohort enrolment', () => {
  it('previews, enrols 1,000 patients, and enrols nobody twice when run again', async () => {
    const filter = { q: marker };
    const preview = await post('/api/enrolments/preview', { parcoursKey: key, filter }).expect(200);
    expect(preview.body).toMatchObject({ matching: 1050, eligible: 1000 });
    // The 50 others are explained: the condition they fail, in words, with how many fail it.
    expect(preview.body.ineligibleBy).toEqual([
      { condition: { fr: expect.stringMatching(/âge.*supérieur ou égal à 60/), en: expect.any(String) }, count: 50 },
    ]);

    await h.withWorker(async () => {
      const first = await post('/api/enrolments', { parcoursKey: key, filter }).expect(202);
      expect(first.body.status).toBe('queued');
      expect(await finished(first.body.id)).toMatchObject({
        status: 'completed',
        total: 1050,
        scanned: 1050,
        eligible: 1000,
        started: 1000,
        alreadyEnrolled: 0,
        failed: 0,
      });
      // The journeys it started are listed by the enrolment's id (the link of the enrolment page).
      const started = await h
        .request()
        .get('/api/journeys')
        .query({ filter: JSON.stringify({ enrolmentId: first.body.id }) })
        .auth(coordinator.token, { type: 'bearer' })
        .expect(200);
      expect(started.headers['content-range']).toMatch(/\/1000$/);

      const second = await post('/api/enrolments', { parcoursKey: key, filter }).expect(202);
      expect(await finished(second.body.id)).toMatchObject({
        status: 'completed',
        eligible: 1000,
        started: 0,
        alreadyEnrolled: 1000,
      });
    });
    expect(await h.prisma.journey.count({ where: { parcoursKey: key } })).toBe(1000);
    expect(
      await h.prisma.auditEvent.count({ where: { action: 'start', details: { path: ['parcoursKey'], equals: key } } }),
    ).toBe(1000);
  });

  it('resumes a job left queued by a stopped API (dry run: counts only)', async () => {
    const job = await h.prisma.enrolment.create({
      data: { parcoursKey: key, version: 1, filter: { q: marker }, dryRun: true, createdById: coordinator.userId },
    });
    expect(await h.enrolments.resume()).toBeGreaterThanOrEqual(1);
    expect(await finished(job.id)).toMatchObject({
      status: 'completed',
      eligible: 1000,
      started: 0,
      alreadyEnrolled: 1000,
    });
  });

  it('takes over a running job only once its owner’s lease has lapsed (its API died)', async () => {
    const job = await h.prisma.enrolment.create({
      data: {
        parcoursKey: key,
        version: 1,
        filter: { q: marker },
        dryRun: true,
        status: 'running',
        createdById: coordinator.userId,
        leaseOwner: 'another-api:1234:abcd',
        leaseExpiresAt: new Date(Date.now() + 60_000),
      },
    });
    await h.enrolments.resume();
    await h.enrolments.idle(job.id);
    expect(await h.prisma.enrolment.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: 'running',
      scanned: 0,
    });
    await h.prisma
      .$executeRaw`UPDATE "Enrolment" SET "leaseExpiresAt" = now() - interval '1 second' WHERE id = ${job.id}::uuid`;
    await h.enrolments.resume();
    expect(await finished(job.id)).toMatchObject({ status: 'completed', eligible: 1000 });
  });
});
