// The parcours editor's calls: draft save with live validation, publish (422 with located errors when invalid),
// versions, diff by step id, retire, templates, fact catalogue and simulation.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, skeletonDefinition } from '../support/factories.ts';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

let h: LightHarness;
let c: string;
let auditor: string;

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  c = (await h.tokenFor('coordinator')).token;
  auditor = (await h.tokenFor('auditor')).token;
});
afterAll(() => h?.close());

const as = (token: string) => ({
  get: (url: string) => h.request().get(url).auth(token, { type: 'bearer' }),
  post: (url: string, body?: object) => h.request().post(url).auth(token, { type: 'bearer' }).send(body),
  put: (url: string, body?: object) => h.request().put(url).auth(token, { type: 'bearer' }).send(body),
});

describe('parcours lifecycle', () => {
  it('saves drafts, publishes versions, diffs them by step id and retires', async () => {
    const def = skeletonDefinition(`cycle-${randomUUID().slice(0, 8)}`);
    const v1 = await as(c).post('/api/parcours', { definition: def }).expect(201);
    await as(c).post(`/api/parcours/${v1.body.id}/publish`).expect(200);
    await as(c).put(`/api/parcours/${v1.body.id}`, { definition: def }).expect(409);

    // An incomplete draft saves, with its validation report; publishing it is refused with located errors.
    const broken = { ...def, steps: def.steps.map((s) => (s.id === 'recall' ? { ...s, duration: 'six mois' } : s)) };
    const v2 = await as(c).post('/api/parcours', { definition: def }).expect(201);
    const saved = await as(c).put(`/api/parcours/${v2.body.id}`, { definition: broken }).expect(200);
    expect(saved.body.validation.ok).toBe(false);
    expect(saved.body.validation.errors[0].pointer).toMatch(/^\/steps\/2/);
    const refused = await as(c).post(`/api/parcours/${v2.body.id}/publish`).expect(422);
    expect(refused.body.errors[0].pointer).toMatch(/^\/definition\/steps\/2/);
    // The same code, parameters and location as the editor's validation, for a message in the user's language.
    expect(refused.body.errors[0]).toMatchObject({
      code: 'invalid-duration',
      params: { field: 'duration' },
      location: { area: 'steps', stepId: 'recall', field: 'duration' },
    });
    expect(refused.body.errors[0].message).not.toMatch(/\/steps|expected/);

    const changed = {
      ...def,
      steps: def.steps.map((s) =>
        s.id === 'screening' ? { ...s, due: 'P7D' } : s.id === 'referred' ? { ...s, outcome: 'withdrawn' } : s,
      ),
    };
    await as(c).put(`/api/parcours/${v2.body.id}`, { definition: changed }).expect(200);
    const published = await as(c).post(`/api/parcours/${v2.body.id}/publish`).expect(200);
    expect(published.body).toMatchObject({ version: 2, status: 'published' });

    const versions = await as(c).get(`/api/parcours/${v1.body.id}/versions`).expect(200);
    expect(versions.body.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(versions.headers['content-range']).toBe('parcours 0-1/2');

    const diff = await as(auditor).get(`/api/parcours/${v1.body.id}/diff`).query({ with: v2.body.id }).expect(200);
    expect(diff.body.from).toEqual({ id: v1.body.id, version: 1 });
    expect(diff.body.changes.map((x: { op: string; path: string }) => `${x.op} ${x.path}`)).toEqual([
      'replace /steps/screening/due',
      'replace /steps/referred/outcome',
    ]);

    const retired = await as(c).post(`/api/parcours/${v1.body.id}/retire`).expect(200);
    expect(retired.body).toMatchObject({ status: 'retired', version: 1 });
    await as(c).post(`/api/parcours/${v1.body.id}/retire`).expect(409);
    const list = await as(c)
      .get('/api/parcours')
      .query({ filter: JSON.stringify({ key: def.key }) })
      .expect(200);
    expect(list.body.map((r: { status: string }) => r.status).sort()).toEqual(['published', 'retired']);
    expect(list.body[0]).toHaveProperty('runningJourneys', 0);
  });

  it('validates live, lists templates and facts, creates from a template', async () => {
    const report = await as(auditor)
      .post('/api/parcours/validate', { definition: { key: 'x' } })
      .expect(200);
    expect(report.body.ok).toBe(false);
    expect(report.body.errors[0].message).toHaveProperty('fr');

    const templates = await as(c).get('/api/templates').expect(200);
    expect(templates.body.map((t: { key: string }) => t.key)).toContain('frailty-60plus');
    const facts = await as(c).get('/api/facts').expect(200);
    expect(facts.body).toContainEqual(expect.objectContaining({ path: 'patient.age', type: 'number' }));

    const key = `diab-${randomUUID().slice(0, 8)}`;
    const created = await as(c).post('/api/parcours/from-template', { templateKey: 'diabetes-etp', key }).expect(201);
    const row = await as(c).get(`/api/parcours/${created.body.id}`).expect(200);
    expect(row.body).toMatchObject({ key, status: 'draft', templateKey: 'diabetes-etp' });
    expect(row.body.body.key).toBe(key);
    await as(c).post('/api/parcours/from-template', { templateKey: 'nope' }).expect(404);
  });

  it('simulates a definition for a stored patient, with explained decisions', async () => {
    const patient = await createPatient(h.prisma, { birthDate: '1940-01-01' });
    const res = await as(c)
      .post('/api/parcours/simulate', {
        definition: skeletonDefinition(),
        patientId: patient.id,
        answers: { screening: { chairRiseSeconds: 30 } },
      })
      .expect(200);
    expect(res.body.status).toBe('ended');
    expect(res.body.outcome).toBe('referred');
    expect(res.body.decisions[0].evaluations[0]).toHaveProperty('explanation');
    expect(await h.prisma.auditEvent.count({ where: { patientId: patient.id } })).toBe(1);
  });
});
