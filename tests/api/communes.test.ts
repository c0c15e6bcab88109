// The CPTS's territory as the organisers configure it: a commune added under its INSEE code (validated: department
// 01–95, 2A, 2B or overseas, then three digits), renamed, and removed only while no patient, professional or coverage
// names it. Every refusal is a located French problem, and changes nothing.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser } from '../support/factories.ts';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

let h: LightHarness;
let coordinator: string;
let admin: string;

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  coordinator = (await h.tokenFor('coordinator')).token;
  admin = (await h.tokenFor('admin')).token;
});
afterAll(() => h?.close());

const as = (token: string) => ({
  get: (url: string) => h.request().get(url).auth(token, { type: 'bearer' }),
  post: (url: string, body: object) => h.request().post(url).auth(token, { type: 'bearer' }).send(body),
  put: (url: string, body: object) => h.request().put(url).auth(token, { type: 'bearer' }).send(body),
  del: (url: string) => h.request().delete(url).auth(token, { type: 'bearer' }),
});

/** A Corsican code no other test uses (the demo territory is in 44). */
async function freeCode(): Promise<string> {
  for (;;) {
    const code = `2B${String(randomInt(1000)).padStart(3, '0')}`;
    if (!(await h.prisma.commune.count({ where: { inseeCode: code } }))) return code;
  }
}

describe('communes', () => {
  it('adds a commune (code upper-cased), shows it, refuses it twice at its field', async () => {
    const code = await freeCode();
    const created = await as(coordinator)
      .post('/api/communes', { inseeCode: code.toLowerCase(), name: 'Sartène-Test' })
      .expect(201);
    expect(created.body).toEqual({ id: code, inseeCode: code, name: 'Sartène-Test' });
    await as(coordinator).get(`/api/communes/${code}`).expect(200, { id: code, inseeCode: code, name: 'Sartène-Test' });
    const listed = await as(coordinator)
      .get('/api/communes')
      .query({ filter: JSON.stringify({ id: [code] }) })
      .expect(200);
    expect(listed.body).toEqual([{ id: code, inseeCode: code, name: 'Sartène-Test' }]);

    const again = await as(admin).post('/api/communes', { inseeCode: code, name: 'Autre nom' }).expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body.errors).toEqual([expect.objectContaining({ pointer: '/body/inseeCode', code: 'unique' })]);
    expect(again.body.detail).toMatch(/déjà sur le territoire/);
    expect(await h.prisma.commune.findUnique({ where: { inseeCode: code } })).toMatchObject({ name: 'Sartène-Test' });
  });

  it.each([
    ['20123', 'department 20 no longer exists'],
    ['00123', 'no department 00'],
    ['96001', 'no department 96'],
    ['4406', 'four characters'],
    ['440690', 'six characters'],
    ['44O69', 'a letter O'],
    ['2C001', 'only 2A and 2B are letters'],
    ['44 69', 'a space'],
  ])('refuses the INSEE code %s (%s) at its field, and creates nothing', async (inseeCode) => {
    const res = await as(coordinator).post('/api/communes', { inseeCode, name: 'Mauvais code' }).expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        pointer: '/body/inseeCode',
        message: expect.stringMatching(/code INSEE à 5 caractères/),
      }),
    ]);
    expect(await h.prisma.commune.count({ where: { name: 'Mauvais code' } })).toBe(0);
  });

  it('accepts the overseas and Corsican forms (974xx, 2A0xx)', async () => {
    const codes = [`974${String(randomInt(100)).padStart(2, '0')}`, `2A0${String(randomInt(100)).padStart(2, '0')}`];
    for (const inseeCode of codes) {
      const res = await as(admin).post('/api/communes', { inseeCode, name: `Commune ${inseeCode}` });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(await h.prisma.commune.count({ where: { inseeCode } })).toBe(1);
    }
  });

  it('renames a commune; its code never changes', async () => {
    const code = await freeCode();
    await as(coordinator).post('/api/communes', { inseeCode: code, name: 'Ancien nom' }).expect(201);
    const renamed = await as(coordinator)
      .put(`/api/communes/${code}`, { id: code, inseeCode: code, name: 'Nouveau nom' })
      .expect(200);
    expect(renamed.body).toEqual({ id: code, inseeCode: code, name: 'Nouveau nom' });

    const recoded = await as(coordinator)
      .put(`/api/communes/${code}`, { inseeCode: '2B999', name: 'Encore un nom' })
      .expect(422);
    expect(recoded.body.errors).toEqual([expect.objectContaining({ pointer: '/body/inseeCode' })]);
    const empty = await as(coordinator).put(`/api/communes/${code}`, { name: '  ' }).expect(422);
    expect(empty.body.errors).toEqual([expect.objectContaining({ pointer: '/body/name' })]);
    expect(await h.prisma.commune.findUnique({ where: { inseeCode: code } })).toMatchObject({ name: 'Nouveau nom' });
    await as(coordinator).put('/api/communes/2B000', { name: 'Nulle part' }).expect(404);
  });

  it('refuses to remove a commune a patient, a professional or a coverage names, in French, at /params/id', async () => {
    const code = await freeCode();
    await as(coordinator).post('/api/communes', { inseeCode: code, name: 'Commune habitée' }).expect(201);
    const patient = await createPatient(h.prisma);
    await h.prisma.patient.update({ where: { id: patient.id }, data: { communeCode: code } });
    const nurse = await createUser(h.prisma, { role: 'professional', profession: 'IDE' });
    await h.prisma.user.update({
      where: { id: nurse.id },
      data: { communeCode: code, coveredCommunes: { create: [{ communeCode: code }] } },
    });

    const refused = await as(coordinator).del(`/api/communes/${code}`).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'commune_in_use' });
    expect(refused.body.detail).toMatch(/1 patient y habite, 1 professionnel y exerce, 1 professionnel la couvre/);
    expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '/params/id', code: 'commune_in_use' })]);
    // Nothing changed: the commune, the patient's, the professional's and the coverage are all still there.
    expect(await h.prisma.commune.count({ where: { inseeCode: code } })).toBe(1);
    expect(await h.prisma.patient.findUniqueOrThrow({ where: { id: patient.id } })).toMatchObject({
      communeCode: code,
    });
    expect(await h.prisma.user.findUniqueOrThrow({ where: { id: nurse.id } })).toMatchObject({ communeCode: code });

    // Each use alone refuses it too: the coverage last.
    await h.prisma.patient.update({ where: { id: patient.id }, data: { communeCode: null } });
    await h.prisma.user.update({ where: { id: nurse.id }, data: { communeCode: null } });
    const coverage = await as(admin).del(`/api/communes/${code}`).expect(409);
    expect(coverage.body.detail).toMatch(/1 professionnel la couvre/);
    expect(coverage.body.detail).not.toMatch(/patient/);

    await h.prisma.userCommune.deleteMany({ where: { communeCode: code } });
    const removed = await as(admin).del(`/api/communes/${code}`).expect(200);
    expect(removed.body).toEqual({ id: code, inseeCode: code, name: 'Commune habitée' });
    await as(admin).get(`/api/communes/${code}`).expect(404);
    await as(admin).del(`/api/communes/${code}`).expect(404);
    const audit = await h.prisma.auditEvent.findMany({ where: { resource: 'commune', resourceId: code } });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });
});
