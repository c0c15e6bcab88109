// A whole frailty journey driven only through the API, on the real stack (Postgres, Temporal test server, worker):
// create the parcours from the shipped template and publish it, register a patient and check eligibility, start the
// journey, complete each task as the professional it is for (the nurse claims hers), follow nextStep, let six months
// pass, close it as the coordinator; then the auditor's history shows the decision with its explanation, the raw
// export downloads, replay succeeds, and a completion retried after the journey ended gets its original answer.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHarness, type Harness } from '../support/api-harness.ts';
import { createTimeSkippingEnv } from '../support/temporal.ts';
import { ensureTemplatePools } from '../support/template-pools.ts';

let env: TestWorkflowEnvironment;
let h: Harness;
const t = {} as Record<'coordinator' | 'nurse' | 'doctor' | 'auditor', string>;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  h = await createHarness(env, inject('databaseUrl'));
  t.coordinator = (await h.tokenFor('coordinator')).token;
  const nurse = await h.tokenFor('professional', 'IDE');
  const doctor = await h.tokenFor('professional', 'MG');
  t.nurse = nurse.token;
  t.doctor = doctor.token;
  // The patient has no care team here: the template's tasks for « their » nurse and GP fall back to these pools.
  await ensureTemplatePools(h.prisma, { 'ide-referente': [nurse.userId], 'coordination-cpts': [doctor.userId] });
  t.auditor = (await h.tokenFor('auditor')).token;
});
afterAll(async () => {
  await h?.close();
  await env?.teardown();
});

const as = (token: string) => ({
  get: (url: string) => h.request().get(url).auth(token, { type: 'bearer' }),
  post: (url: string, body?: object) => h.request().post(url).auth(token, { type: 'bearer' }).send(body),
});

async function openTask(token: string, journeyId: string, stepId: string) {
  for (let i = 0; i < 200; i++) {
    const res = await as(token)
      .get('/api/tasks')
      .query({ filter: JSON.stringify({ journeyId, status: 'open', stepId }) })
      .expect(200);
    if (res.body.length) return res.body[0] as { id: string; stepId: string; patientName: string; form: unknown[] };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`task ${stepId} never opened`);
}

function complete(token: string, taskId: string, answers: object, key = `k-${taskId}`) {
  return h
    .request()
    .post(`/api/tasks/${taskId}/complete`)
    .auth(token, { type: 'bearer' })
    .set('Idempotency-Key', key)
    .send({ answers });
}

describe('a frailty journey through the API only', () => {
  it('runs from template to end, with an explained history, a clean replay and idempotent retries', async () => {
    const key = `frailty-${randomUUID().slice(0, 8)}`;
    const draft = await as(t.coordinator)
      .post('/api/parcours/from-template', { templateKey: 'frailty-60plus', key })
      .expect(201);
    await as(t.coordinator).post(`/api/parcours/${draft.body.id}/publish`).expect(200);

    const patient = await as(t.coordinator)
      .post('/api/patients', { firstName: 'Odette', lastName: `Martin-${key}`, birthDate: '1948-04-02', sex: 'F' })
      .expect(201);
    const eligibility = await as(t.coordinator).get(`/api/patients/${patient.body.id}/eligibility`).expect(200);
    const verdict = eligibility.body.find((v: { parcoursKey: string }) => v.parcoursKey === key);
    expect(verdict).toMatchObject({ eligible: true, version: 1 });
    expect(verdict.reasons.fr[0]).toMatch(/âge/);

    await h.withWorker(async () => {
      const started = await as(t.coordinator)
        .post('/api/journeys', { patientId: patient.body.id, parcoursKey: key })
        .expect(201);
      const journeyId = started.body.id as string;

      // The nurse screens: slow chair rise → positive → in-depth assessment.
      const step1 = await openTask(t.nurse, journeyId, 'icope-step1');
      expect(step1.patientName).toContain('MARTIN');
      await as(t.nurse).post(`/api/tasks/${step1.id}/claim`).expect(200);
      const screened = await complete(t.nurse, step1.id, {
        wordsRecalled: 3,
        orientationCorrect: true,
        chairRiseSeconds: 21,
        weightLossKg: 0,
        appetiteLoss: false,
        visionProblem: false,
        whisperTestFailed: false,
        feelingDown: false,
        littleInterest: false,
      }).expect(200);
      expect(screened.body).toMatchObject({ stepId: 'icope-step1', nextStep: 'icope-step2', status: 'running' });
      // What happened next, by step title and with who has the next task (never a step id alone).
      expect(screened.body.next).toMatchObject({
        kind: 'task',
        stepId: 'icope-step2',
        stepTitle: { fr: 'Évaluation approfondie (étape 2)' },
        assignee: expect.any(Object),
      });
      expect(screened.body.next.dueAt).toEqual(expect.any(String));

      const step2 = await openTask(t.nurse, journeyId, 'icope-step2');
      const assessed = await complete(t.nurse, step2.id, { confirmedDomains: ['mobility'], sppbScore: 7 }).expect(200);
      expect(assessed.body.nextStep).toMatch(/inform-gp|care-plan/);

      // The GP sees the care-plan task (the nurse does not), and writes it.
      const plan = await openTask(t.doctor, journeyId, 'care-plan');
      const hidden = await as(t.nurse).get(`/api/tasks/${plan.id}`);
      expect(hidden.status).toBe(404);
      const planned = await complete(t.doctor, plan.id, { actions: ['activity', 'referral'] }).expect(200);
      // The journey now waits six months: the GP is told until when, not that « the journey goes on ».
      expect(planned.body.next).toMatchObject({
        kind: 'wait',
        stepTitle: { fr: 'Délai avant réévaluation' },
        until: expect.any(String),
      });
      const months = (Date.parse(planned.body.next.until) - Date.now()) / (30 * 86_400_000);
      expect(months).toBeGreaterThan(5);

      // Six months later the coordinator records the follow-up: the patient withdraws.
      await env.sleep('200 days');
      const followUp = await openTask(t.coordinator, journeyId, 'follow-up-status');
      const last = await complete(t.coordinator, followUp.id, { status: 'withdrawn' }).expect(200);
      expect(last.body).toMatchObject({ stepId: 'follow-up-status', nextStep: 'end-withdrawn' });
      expect(last.body.next).toMatchObject({
        kind: 'end',
        stepTitle: { fr: 'Sortie : retrait du patient' },
        outcome: 'declined',
        outcomeLabel: { fr: 'refusé par le patient', en: 'declined' },
      });

      await env.client.workflow.getHandle(started.body.workflowId).result();
      const journey = await as(t.coordinator).get(`/api/journeys/${journeyId}`).expect(200);
      expect(journey.body).toMatchObject({ status: 'completed', outcome: 'declined', parcoursKey: key, version: 1 });
      expect(journey.body.outcomeLabel).toEqual({ fr: 'refusé par le patient', en: 'declined' });
      expect(journey.body.currentStepTitle).toEqual({
        fr: 'Sortie : retrait du patient',
        en: 'Exit: patient withdrew',
      });

      // The list shows finished journeys unless asked otherwise, and finds the patient by name.
      const found = await as(t.coordinator)
        .get('/api/journeys')
        .query({ filter: JSON.stringify({ q: `martin-${key}` }) })
        .expect(200);
      expect(found.body.map((j: { id: string }) => j.id)).toEqual([journeyId]);
      const running = await as(t.coordinator)
        .get('/api/journeys')
        .query({ filter: JSON.stringify({ q: `martin-${key}`, status: 'running' }) })
        .expect(200);
      expect(running.body).toEqual([]);

      // A retry of the last completion after the journey ended gets the original answer, not an error.
      const retry = await complete(t.coordinator, followUp.id, { status: 'withdrawn' }).expect(200);
      expect(retry.body).toEqual(last.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      const reused = await complete(t.coordinator, followUp.id, { status: 'continue' });
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('idempotency_key_reused');

      // The auditor's view.
      const history = await as(t.auditor).get(`/api/journeys/${journeyId}/history`).expect(200);
      expect(history.body).toMatchObject({ journeyId, parcoursKey: key, version: 1 });
      expect(history.body.definitionHash).toMatch(/^sha256:/);
      const kinds = history.body.events.map((e: { kind: string }) => e.kind);
      expect(kinds[0]).toBe('started');
      expect(kinds).toContain('task-completed');
      expect(kinds.at(-1)).toBe('completed');
      const decision = history.body.events.find(
        (e: { kind: string; stepId?: string }) => e.kind === 'decision' && e.stepId === 'icope-step1',
      );
      expect(decision.detail.to).toBe('icope-step2');
      expect(decision.detail.evaluations[0].explanation).toMatchObject({ kind: 'any', result: true });
      const completedByNurse = history.body.events.find((e: { kind: string }) => e.kind === 'task-completed');
      expect(completedByNurse.actor.displayName).toMatch(/professional/);
      // Every answer of the task comes with the form that labels it (nine answers, not only those a rule read).
      expect(completedByNurse.summary.fr).toBe('Tâche « Dépistage ICOPE (étape 1) » faite');
      expect(Object.keys(completedByNurse.detail.answers)).toHaveLength(9);
      const chairRise = completedByNurse.detail.form.find((f: { id: string }) => f.id === 'chairRiseSeconds');
      expect(chairRise).toMatchObject({ label: { fr: expect.any(String) }, unit: 's' });
      // A default transition reads « sinon », never « aucune condition remplie ».
      const summaries = history.body.events.map((e: { summary: { fr: string } }) => e.summary.fr).join('\n');
      expect(summaries).not.toMatch(/aucune condition remplie/);
      expect(summaries).toMatch(/Parcours terminé, issue « refusé par le patient »/);

      const raw = await as(t.auditor).get(`/api/journeys/${journeyId}/history.json`).expect(200);
      expect(raw.headers['content-disposition']).toMatch(/attachment/);
      expect(JSON.parse(raw.text).runs[0].history.events.length).toBeGreaterThan(10);

      const replay = await as(t.auditor).post(`/api/journeys/${journeyId}/replay`).expect(200);
      expect(replay.body).toEqual({ ok: true, runs: 1 });

      const audit = await h.prisma.auditEvent.findMany({ where: { resourceId: journeyId } });
      expect(audit.map((a) => a.resource)).toEqual(
        expect.arrayContaining(['journey', 'journey-history', 'journey-replay']),
      );
    });
  });
});
