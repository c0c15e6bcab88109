// Assignment rules through the API: publishing refuses a rule that reaches no one, located; a care-team task opens for
// the patient's own médecin traitant, who sees it in their worklist and completes it, while another GP gets 404 on
// it; the history says whom it went to and why; a coordinator may hand a task to a pool, not to an unknown one.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/api-harness.ts';
import { createTimeSkippingEnv } from '../support/temporal.ts';

let env: TestWorkflowEnvironment;
let h: Harness;
const t = {} as Record<'coordinator' | 'gp' | 'otherGp' | 'nurse' | 'auditor', { token: string; userId: string }>;
let pool: string;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  h = await createHarness(env, inject('databaseUrl'));
  t.coordinator = await h.tokenFor('coordinator');
  t.gp = await h.tokenFor('professional', 'MG');
  t.otherGp = await h.tokenFor('professional', 'MG');
  t.nurse = await h.tokenFor('professional', 'IDE');
  t.auditor = await h.tokenFor('auditor');
  pool = `ide-ref-${randomUUID().slice(0, 8)}`;
  await h.prisma.pool.create({
    data: { key: pool, label: 'IDE référente', members: { create: { userId: t.nurse.userId } } },
  });
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

function definition(assignee: object, key = `mt-${randomUUID().slice(0, 8)}`) {
  return {
    key,
    title: { fr: 'Consultation du médecin traitant' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 18 }] },
    start: 'consult',
    steps: [
      {
        id: 'consult',
        type: 'task',
        title: { fr: 'Consultation' },
        assignee,
        form: [{ id: 'seen', type: 'boolean', label: { fr: 'Patient vu' } }],
        next: [{ to: 'done' }],
      },
      { id: 'done', type: 'end', outcome: 'completed' },
    ],
  };
}

async function publish(body: object, status: number) {
  const draft = await as('coordinator').post('/api/parcours', { definition: body }).expect(201);
  return as('coordinator').post(`/api/parcours/${draft.body.id}/publish`).expect(status);
}

async function taskOf(journeyId: string) {
  for (let i = 0; i < 200; i++) {
    const task = await h.prisma.task.findFirst({ where: { journeyId, status: 'open' } });
    if (task) return task;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the task never opened');
}

describe('assignment rules through the API', () => {
  it('refuses at publish a rule that reaches no one, located at the fallback', async () => {
    const empty = `vide-${randomUUID().slice(0, 8)}`;
    await h.prisma.pool.create({ data: { key: empty, label: 'Équipe vide' } });
    const res = await publish(
      definition({
        careTeam: 'MG',
        fallback: [
          { pool: 'ide-inexistante' },
          { pool: empty },
          { profession: 'PODOLOGUE', coveringPatientCommune: true },
        ],
      }),
      422,
    );
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          pointer: '/definition/steps/0/assignee/fallback/0',
          code: 'pool_unknown',
          message: 'L’équipe de recours « ide-inexistante » n’existe pas',
          location: expect.objectContaining({ stepId: 'consult' }),
        }),
        expect.objectContaining({
          pointer: '/definition/steps/0/assignee/fallback/1',
          code: 'pool_empty',
          message: `L’équipe de recours « ${empty} » n’a aucun membre actif`,
        }),
        expect.objectContaining({
          pointer: '/definition/steps/0/assignee/fallback/2',
          code: 'profession_covers_no_commune',
        }),
        expect.objectContaining({ pointer: '/definition/steps/0/assignee', code: 'care_team_fallbacks_unreachable' }),
      ]),
    );
    // A static pool rule naming an unknown pool is refused too; a reachable fallback makes the rule publishable.
    const single = await publish(definition({ pool: 'ide-inexistante' }), 422);
    expect(single.body.errors[0]).toMatchObject({ pointer: '/definition/steps/0/assignee', code: 'pool_unknown' });
    await publish(definition({ careTeam: 'MG', fallback: [{ pool: empty }, { pool }] }), 200);
  });

  it('opens the task for the patient’s own GP, who completes it; another GP cannot see it', async () => {
    const body = definition({ careTeam: 'MG', fallback: [{ pool }] });
    await publish(body, 200);
    const patient = await createPatient(h.prisma);
    await h.prisma.careTeamMember.create({
      data: {
        patientId: patient.id,
        userId: t.gp.userId,
        role: 'medecin-traitant',
        profession: 'MG',
        startDate: new Date('2021-01-01T00:00:00Z'),
      },
    });
    await h.withWorker(async () => {
      const started = await as('coordinator')
        .post('/api/journeys', { patientId: patient.id, parcoursKey: body.key })
        .expect(201);
      const journeyId = started.body.id as string;
      const task = await taskOf(journeyId);
      expect(task).toMatchObject({ assigneeUserId: t.gp.userId, assigneeProfession: null });

      const worklist = await as('gp')
        .get('/api/tasks')
        .query({ filter: JSON.stringify({ journeyId }) })
        .expect(200);
      expect(worklist.body.map((x: { id: string }) => x.id)).toEqual([task.id]);
      const others = await as('otherGp')
        .get('/api/tasks')
        .query({ filter: JSON.stringify({ journeyId }) })
        .expect(200);
      expect(others.body).toEqual([]);
      await as('otherGp').get(`/api/tasks/${task.id}`).expect(404);
      await h
        .request()
        .post(`/api/tasks/${task.id}/complete`)
        .auth(t.otherGp.token, { type: 'bearer' })
        .set('Idempotency-Key', `k-${randomUUID()}`)
        .send({ answers: { seen: true } })
        .expect(404);

      await h
        .request()
        .post(`/api/tasks/${task.id}/complete`)
        .auth(t.gp.token, { type: 'bearer' })
        .set('Idempotency-Key', `k-${randomUUID()}`)
        .send({ answers: { seen: true } })
        .expect(200);
      await env.client.workflow.getHandle(started.body.workflowId as string).result();

      const gpName = (await h.prisma.user.findUniqueOrThrow({ where: { id: t.gp.userId } })).displayName;
      const history = await as('auditor').get(`/api/journeys/${journeyId}/history`).expect(200);
      const opened = history.body.events.find((e: { kind: string }) => e.kind === 'task-opened');
      expect(opened.summary.fr).toBe(`Tâche « Consultation » ouverte, pour ${gpName} (médecin traitant du patient)`);
      expect(opened.detail).toMatchObject({
        assignee: { userId: t.gp.userId },
        assignment: { kind: 'care-team', careTeam: 'MG', memberRole: 'medecin-traitant' },
      });
    });
  });

  it('opens it for the pool without a GP in the team, and lets a coordinator hand a task to a pool', async () => {
    const body = definition({ careTeam: 'MG', fallback: [{ pool }] });
    await publish(body, 200);
    const skeleton = definition({ profession: 'IDE' });
    await publish(skeleton, 200);
    const patient = await createPatient(h.prisma);
    await h.withWorker(async () => {
      const toPool = await as('coordinator')
        .post('/api/journeys', { patientId: patient.id, parcoursKey: body.key })
        .expect(201);
      const poolTask = await taskOf(toPool.body.id as string);
      expect(poolTask).toMatchObject({ assigneePoolKey: pool, assigneeUserId: null });
      const history = await as('auditor').get(`/api/journeys/${toPool.body.id}/history`).expect(200);
      const opened = history.body.events.find((e: { kind: string }) => e.kind === 'task-opened');
      expect(opened.summary.fr).toBe(
        'Tâche « Consultation » ouverte, pour l’équipe « IDE référente » (pas de médecin généraliste dans l’équipe de soins : IDE référente (recours 1))',
      );

      const other = await as('coordinator')
        .post('/api/journeys', { patientId: patient.id, parcoursKey: skeleton.key })
        .expect(201);
      const task = await taskOf(other.body.id as string);
      expect(task).toMatchObject({ assigneeProfession: 'IDE', assignment: { reason: { kind: 'rule' } } });
      const refused = await as('coordinator')
        .post(`/api/tasks/${task.id}/reassign`, { to: { pool: 'inconnue' } })
        .expect(422);
      expect(refused.body.errors[0]).toMatchObject({ pointer: '/body/to/pool', code: 'pool_unknown' });
      await as('coordinator').post(`/api/tasks/${task.id}/reassign`, { to: { pool } }).expect(200);
      expect(await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
        assigneePoolKey: pool,
        assigneeProfession: null,
        assigneeUserId: null,
        assignment: null,
      });
      for (const j of [toPool, other])
        await env.client.workflow.getHandle(j.body.workflowId as string).terminate('fin du test');
    });
  });
});
