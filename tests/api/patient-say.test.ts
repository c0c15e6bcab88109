// The patient's say, end to end on the real stack (PostgreSQL, the Temporal time-skipping server, a worker): an
// objection refuses any enrolment with the day and channel, sets the patient apart in cohort previews and jobs, cancels
// their running journeys with the reason « Opposition du patient »; a withdrawal lets them be enrolled again; bad input
// is refused where it lies; the history cannot be rewritten; an auditor reads who accessed the patient's data.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiConfigSchema, createApp, sweepObjectionCancellations, TokenService } from '@parcours/api';
import { createPatient, skeletonDefinition } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/api-harness.ts';
import { createTimeSkippingEnv } from '../support/temporal.ts';

type Who = 'coordinator' | 'nurse' | 'auditor' | 'admin';
let env: TestWorkflowEnvironment;
let h: Harness;
const t = {} as Record<Who, { token: string; userId: string }>;
let key: string;

const REFUSAL =
  "Ce patient s'est opposé au partage de ses données le 02/11/2026 (courrier) : il ne peut pas être inclus dans un parcours.";

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  h = await createHarness(env, inject('databaseUrl'));
  t.coordinator = await h.tokenFor('coordinator');
  t.nurse = await h.tokenFor('professional', 'IDE');
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

function as(who: Who) {
  const token = t[who].token;
  return {
    get: (url: string) => h.request().get(url).auth(token, { type: 'bearer' }),
    post: (url: string, body?: object) => h.request().post(url).auth(token, { type: 'bearer' }).send(body),
  };
}

const say = (patientId: string, body: object, who: Who = 'coordinator') =>
  as(who).post(`/api/patients/${patientId}/say`, body);
const enrol = (patientId: string) => as('coordinator').post('/api/journeys', { patientId, parcoursKey: key });

describe("the patient's say", () => {
  it('records information, keeps the history with who recorded it, and derives the state', async () => {
    const patient = await createPatient(h.prisma);
    const informed = await say(patient.id, {
      kind: 'information',
      occurredOn: '2026-10-15',
      channel: 'consultation',
    }).expect(201);
    expect(informed.body).toMatchObject({
      event: {
        kind: 'information',
        occurredOn: '2026-10-15',
        channel: 'consultation',
        recordedBy: { id: t.coordinator.userId },
      },
      state: { informedOn: '2026-10-15', objectingSince: null, refusal: null },
      cancelledJourneys: 0,
    });
    const history = await as('auditor').get(`/api/patients/${patient.id}/say`).expect(200);
    expect(history.body.events).toHaveLength(1);
    expect(history.body.informedOn).toBe('2026-10-15');
    // The derived columns serve the filters.
    const informedList = await as('coordinator')
      .get('/api/patients')
      .query({ filter: JSON.stringify({ q: patient.lastName, informed: true }) })
      .expect(200);
    expect(informedList.body.map((p: { id: string }) => p.id)).toEqual([patient.id]);
    // Append-only: the database refuses to rewrite or erase the history, whoever asks.
    const event = await h.prisma.patientSayEvent.findFirstOrThrow({ where: { patientId: patient.id } });
    await expect(
      h.prisma.patientSayEvent.update({ where: { id: event.id }, data: { channel: 'email' } }),
    ).rejects.toThrow(/append-only/);
    await expect(h.prisma.patientSayEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    // Nor is the patient deleted with it.
    const refused = await h
      .request()
      .delete(`/api/patients/${patient.id}`)
      .auth(t.coordinator.token, { type: 'bearer' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('has_say_history');
  });

  it('refuses to enrol an objecting patient with the day and channel, and enrols them again once withdrawn', async () => {
    const patient = await createPatient(h.prisma);
    await say(patient.id, {
      kind: 'objection',
      occurredOn: '2026-11-02',
      channel: 'courrier',
      note: 'lettre reçue',
    }).expect(201);
    const refused = await enrol(patient.id).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({
      code: 'patient_objects',
      detail: REFUSAL,
      objection: { since: '2026-11-02', channel: 'courrier' },
    });
    expect(refused.body.errors[0]).toMatchObject({ pointer: '/body/patientId', code: 'patient_objects' });
    expect(await h.prisma.journey.count({ where: { patientId: patient.id } })).toBe(0);
    // The eligibility view says why, for every parcours.
    const eligibility = await as('coordinator').get(`/api/patients/${patient.id}/eligibility`).expect(200);
    const mine = eligibility.body.find((v: { parcoursKey: string }) => v.parcoursKey === key);
    expect(mine).toMatchObject({ eligible: false, reasons: { fr: [REFUSAL] }, objection: { since: '2026-11-02' } });
    // A second objection while one is in force, an objection dated before the last event: refused.
    expect((await say(patient.id, { kind: 'objection', channel: 'email' }).expect(409)).body.code).toBe(
      'already_objecting',
    );
    const early = await say(patient.id, { kind: 'withdrawal', occurredOn: '2026-11-01', channel: 'email' }).expect(422);
    expect(early.body.errors[0].pointer).toBe('/body/occurredOn');

    const withdrawn = await say(patient.id, {
      kind: 'withdrawal',
      occurredOn: '2026-11-20',
      channel: 'telephone',
    }).expect(201);
    expect(withdrawn.body.state).toMatchObject({ objectingSince: null, refusal: null });
    await h.withWorker(async () => {
      const started = await enrol(patient.id).expect(201);
      await as('coordinator').post(`/api/journeys/${started.body.id}/cancel`, { reason: 'fin du test' }).expect(202);
      await env.client.workflow.getHandle(started.body.workflowId).result();
    });
    const history = await as('auditor').get(`/api/patients/${patient.id}/say`).expect(200);
    expect(history.body.events.map((e: { kind: string }) => e.kind)).toEqual(['withdrawal', 'objection']);
  });

  it('cancels the running journeys with the reason « Opposition du patient » when an objection is recorded', async () => {
    const patient = await createPatient(h.prisma);
    await h.withWorker(async () => {
      const started = await enrol(patient.id).expect(201);
      const recorded = await say(patient.id, {
        kind: 'objection',
        occurredOn: '2026-11-02',
        channel: 'courrier',
      }).expect(201);
      expect(recorded.body.cancelledJourneys).toBe(1);
      expect(recorded.body.state.refusal.fr).toBe(REFUSAL);
      await env.client.workflow.getHandle(started.body.workflowId).result();
      // The projection follows (the workflow's activities write it), as after POST /journeys/:id/cancel.
      for (let i = 0; i < 100; i++) {
        const j = await h.prisma.journey.findUniqueOrThrow({ where: { id: started.body.id } });
        if (j.status === 'cancelled') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const journey = await as('coordinator').get(`/api/journeys/${started.body.id}`).expect(200);
      expect(journey.body.status).toBe('cancelled');
      expect(await h.prisma.task.count({ where: { journeyId: started.body.id, status: 'open' } })).toBe(0);
      const timeline = await as('coordinator').get(`/api/journeys/${started.body.id}/history`).expect(200);
      const cancelled = timeline.body.events.find((e: { kind: string }) => e.kind === 'cancelled');
      expect(cancelled.summary.fr).toBe('Parcours annulé : Opposition du patient');
      expect(cancelled.actor).toMatchObject({ id: t.coordinator.userId });
      const audit = await h.prisma.auditEvent.findFirstOrThrow({
        where: { action: 'cancel', resource: 'journey', resourceId: started.body.id },
      });
      expect(audit.details).toMatchObject({ reason: 'Opposition du patient' });
    });
  });

  it('records an objection while Temporal is away, answers its cancellations as pending, and the sweep sends them once Temporal answers', async () => {
    const patient = await createPatient(h.prisma);
    await h.withWorker(async () => {
      const started = await enrol(patient.id).expect(201);
      // The same API and database with a Temporal client that cannot connect: Temporal is away for this request.
      const config = apiConfigSchema.parse({
        NODE_ENV: 'test',
        DATABASE_URL: inject('databaseUrl'),
        LOG_LEVEL: 'silent',
      });
      const awayDeps = {
        config: { ...config, TEMPORAL_CALL_TIMEOUT_MS: 500 },
        prisma: h.prisma,
        temporal: new Client({ connection: Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 200 }) }),
      };
      const log = pino({ level: 'silent' });
      const tokens = new TokenService(config.JWT_SECRET);
      const away = createApp({ ...awayDeps, tokens, loginLimit: 10_000 }, log);
      const coordinator = await h.prisma.user.findUniqueOrThrow({ where: { id: t.coordinator.userId } });
      const token = await tokens.sign(
        { id: coordinator.id, email: coordinator.email, role: 'coordinator', profession: null },
        'access',
      );
      const recorded = await supertest(away)
        .post(`/api/patients/${patient.id}/say`)
        .auth(token, { type: 'bearer' })
        .send({ kind: 'objection', occurredOn: '2026-11-02', channel: 'courrier' })
        .expect(201);
      // Recorded, not « nothing was recorded »: the objection stands and the journey waits for the sweep.
      expect(recorded.body).toMatchObject({ cancelledJourneys: 0, pendingCancellations: 1 });
      expect(recorded.body.state.objectingSince).toBe('2026-11-02');
      expect((await h.prisma.journey.findUniqueOrThrow({ where: { id: started.body.id } })).status).toBe('running');
      const objection = await h.prisma.patientSayEvent.findFirstOrThrow({
        where: { patientId: patient.id, kind: 'objection' },
      });
      // While Temporal is still away the sweep sends nothing and writes nothing.
      await sweepObjectionCancellations(awayDeps, log);
      const audits = () =>
        h.prisma.auditEvent.findMany({ where: { action: 'cancel', resource: 'journey', resourceId: started.body.id } });
      expect(await audits()).toHaveLength(0);
      // Temporal back: the sweep cancels the journey once, in the name of whoever recorded the objection.
      const deps = { prisma: h.prisma, temporal: env.client, config };
      await sweepObjectionCancellations(deps, log);
      await env.client.workflow.getHandle(started.body.workflowId).result();
      await sweepObjectionCancellations(deps, log);
      const rows = await audits();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        actorId: t.coordinator.userId,
        details: { reason: 'Opposition du patient', objectionId: objection.id, deferred: true },
      });
      for (let i = 0; i < 100; i++) {
        const j = await h.prisma.journey.findUniqueOrThrow({ where: { id: started.body.id } });
        if (j.status === 'cancelled') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect((await h.prisma.journey.findUniqueOrThrow({ where: { id: started.body.id } })).status).toBe('cancelled');
      const timeline = await as('coordinator').get(`/api/journeys/${started.body.id}/history`).expect(200);
      const cancelled = timeline.body.events.find((e: { kind: string }) => e.kind === 'cancelled');
      expect(cancelled.summary.fr).toBe('Parcours annulé : Opposition du patient');
      expect(cancelled.actor).toMatchObject({ id: t.coordinator.userId });
    });
  });

  it('sets objecting patients apart in the cohort preview and job, with the reason', async () => {
    const marker = `Cohorte-${randomUUID().slice(0, 8)}`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const p = await h.prisma.patient.create({
        data: { firstName: `P${i}`, lastName: marker, birthDate: new Date('1950-01-01'), sex: 'F' },
      });
      ids.push(p.id);
    }
    await say(ids[0]!, { kind: 'objection', occurredOn: '2026-11-02', channel: 'courrier' }).expect(201);
    const filter = { q: marker };
    const preview = await as('coordinator').post('/api/enrolments/preview', { parcoursKey: key, filter }).expect(200);
    expect(preview.body).toMatchObject({ matching: 3, eligible: 2, objecting: 1 });
    expect(preview.body.objectors).toEqual([
      {
        patientId: ids[0],
        firstName: 'P0',
        lastName: marker,
        since: '2026-11-02',
        channel: 'courrier',
        reason: { fr: REFUSAL, en: expect.stringMatching(/objected/) },
      },
    ]);
    await h.withWorker(async () => {
      const job = await as('coordinator').post('/api/enrolments', { parcoursKey: key, filter }).expect(202);
      await h.enrolments.idle(job.body.id);
      const done = await as('coordinator').get(`/api/enrolments/${job.body.id}`).expect(200);
      expect(done.body).toMatchObject({
        status: 'completed',
        scanned: 3,
        eligible: 2,
        objecting: 1,
        started: 2,
        failed: 0,
      });
      expect(await h.prisma.journey.count({ where: { patientId: ids[0] } })).toBe(0);
      expect(await h.prisma.journey.count({ where: { patientId: { in: ids.slice(1) } } })).toBe(2);
    });
  });

  it('refuses bad input where it lies', async () => {
    const patient = await createPatient(h.prisma);
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const late = await say(patient.id, { kind: 'objection', occurredOn: future, channel: 'courrier' }).expect(422);
    expect(late.body).toMatchObject({ code: 'future_date', errors: [{ pointer: '/body/occurredOn' }] });
    const channel = await say(patient.id, { kind: 'objection', channel: 'pigeon' }).expect(422);
    expect(channel.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/body/channel']);
    const kind = await say(patient.id, { kind: 'maybe', channel: 'email' }).expect(422);
    expect(kind.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/body/kind']);
    const day = await say(patient.id, { kind: 'information', channel: 'email', occurredOn: '2026-02-30' }).expect(422);
    expect(day.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/body/occurredOn']);
    const unknown = await say(randomUUID(), { kind: 'information', channel: 'email' }).expect(404);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.body).toMatchObject({ detail: 'Patient introuvable', errors: [{ pointer: '/params/id' }] });
    const nothing = await say(patient.id, { kind: 'withdrawal', channel: 'email' }).expect(409);
    expect(nothing.body).toMatchObject({ code: 'no_objection', errors: [{ pointer: '/body/kind' }] });
    // A professional records only for a patient they may see (here: none of their tasks, not in the care team).
    await say(patient.id, { kind: 'information', channel: 'consultation' }, 'nurse').expect(404);
    expect(await h.prisma.patientSayEvent.count({ where: { patientId: patient.id } })).toBe(0);
    // Once in the care team (a period ending later counts too), the nurse records it; a period not yet begun does not.
    const other = await createPatient(h.prisma);
    await h.prisma.careTeamMember.create({
      data: {
        patientId: other.id,
        userId: t.nurse.userId,
        role: 'intervenant',
        profession: 'IDE',
        startDate: new Date(Date.now() + 30 * 86_400_000),
      },
    });
    await say(other.id, { kind: 'information', channel: 'consultation' }, 'nurse').expect(404);
    await h.prisma.careTeamMember.create({
      data: {
        patientId: patient.id,
        userId: t.nurse.userId,
        role: 'intervenant',
        profession: 'IDE',
        startDate: new Date('2024-01-01T00:00:00Z'),
        endDate: new Date(Date.now() + 30 * 86_400_000),
      },
    });
    await say(patient.id, { kind: 'information', channel: 'consultation' }, 'nurse').expect(201);
  });
});

describe('the right of access', () => {
  it('lists who read or changed the patient’s data, lists that showed them included, labelled in French', async () => {
    const patient = await createPatient(h.prisma);
    const other = await createPatient(h.prisma);
    await as('coordinator').get(`/api/patients/${patient.id}`).expect(200);
    await as('coordinator')
      .get('/api/patients')
      .query({ filter: JSON.stringify({ q: patient.lastName }) })
      .expect(200);
    await say(patient.id, { kind: 'information', channel: 'portail', occurredOn: '2026-11-03' }).expect(201);
    await as('coordinator').get(`/api/patients/${other.id}`).expect(200);
    await as('nurse').get(`/api/patients/${patient.id}/access-log`).expect(403);
    await as('coordinator').get(`/api/patients/${patient.id}/access-log`).expect(403);

    const report = await as('auditor').get(`/api/patients/${patient.id}/access-log`).expect(200);
    expect(report.body.patient).toMatchObject({ id: patient.id, lastName: patient.lastName, birthDate: '1950-03-14' });
    expect(report.body.cpts).toEqual(expect.any(String));
    const rows = report.body.entries as { label: { fr: string }; actor: { id: string } | null; at: string }[];
    // Newest first: the information, the list, the read.
    expect(rows.map((r) => r.label.fr)).toEqual([
      'Enregistrement de ce que le patient a dit (information, opposition)',
      'Consultation d’une liste de patients',
      'Consultation du dossier patient',
    ]);
    expect(rows.every((r) => r.actor?.id === t.coordinator.userId)).toBe(true);
    // The report is itself an access: the next one shows it.
    const again = await as('auditor').get(`/api/patients/${patient.id}/access-log`).expect(200);
    expect(again.body.entries[0]).toMatchObject({ label: { fr: 'Édition du relevé des accès' }, actorRole: 'auditor' });
    await as('auditor').get(`/api/patients/${randomUUID()}/access-log`).expect(404);
  });
});
