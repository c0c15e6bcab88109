// Accounts, managed by admins: create with an argon2 password (never returned), log in with it, update, deactivate
// (which ends logins), a duplicate email refused with its field; professionals listed for everyone. A professional's
// RPPS number (unique), practice commune and covered communes: a duplicate or malformed value refused at its field.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

let h: LightHarness;
let admin: { token: string; userId: string };
let nurse: string;

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  admin = await h.tokenFor('admin');
  nurse = (await h.tokenFor('professional', 'IDE')).token;
});
afterAll(() => h?.close());

const asAdmin = () => ({
  post: (url: string, body: object) => h.request().post(url).auth(admin.token, { type: 'bearer' }).send(body),
  put: (url: string, body: object) => h.request().put(url).auth(admin.token, { type: 'bearer' }).send(body),
  del: (url: string) => h.request().delete(url).auth(admin.token, { type: 'bearer' }),
});

describe('users', () => {
  it('creates, logs in, updates, refuses a duplicate, deactivates', async () => {
    const email = `kine-${randomUUID().slice(0, 8)}@cpts.fr`;
    const password = 'un-mot-de-passe-long';
    const created = await asAdmin()
      .post('/api/users', { email, displayName: 'Kiné Test', role: 'professional', profession: 'KINE', password })
      .expect(201);
    expect(created.body).not.toHaveProperty('passwordHash');
    expect(created.body).toMatchObject({ email, role: 'professional', profession: 'KINE', active: true });
    await h.request().post('/api/auth/login').send({ email, password }).expect(200);

    const dup = await asAdmin()
      .post('/api/users', { email, displayName: 'Autre', role: 'auditor', password })
      .expect(409);
    expect(dup.body.errors[0].pointer).toBe('/body/email');
    const noProfession = await asAdmin()
      .post('/api/users', { email: `x-${email}`, displayName: 'X', role: 'professional', password })
      .expect(422);
    expect(noProfession.body.errors[0].pointer).toBe('/body/profession');

    const updated = await asAdmin()
      .put(`/api/users/${created.body.id}`, { ...created.body, displayName: 'Kiné Renommé' })
      .expect(200);
    expect(updated.body.displayName).toBe('Kiné Renommé');

    const professionals = await h
      .request()
      .get('/api/professionals')
      .query({ filter: JSON.stringify({ profession: 'KINE', q: 'Renommé' }) })
      .auth(nurse, { type: 'bearer' })
      .expect(200);
    expect(professionals.body).toEqual([
      { id: created.body.id, displayName: 'Kiné Renommé', profession: 'KINE', email },
    ]);

    const gone = await asAdmin().del(`/api/users/${created.body.id}`).expect(200);
    expect(gone.body.active).toBe(false);
    await h.request().post('/api/auth/login').send({ email, password }).expect(401);
    await asAdmin().del(`/api/users/${admin.userId}`).expect(409);
  });

  it('keeps an RPPS number unique and covered communes among the CPTS’s, refusing each at its field', async () => {
    await h.prisma.commune.createMany({
      data: [
        { inseeCode: '44069', name: 'Guérande' },
        { inseeCode: '44055', name: 'La Baule-Escoublac' },
      ],
      skipDuplicates: true,
    });
    const rpps = `10${String(Date.now()).slice(-9)}`;
    const base = { role: 'professional', profession: 'IDE', password: 'un-mot-de-passe-long' };
    const first = await asAdmin()
      .post('/api/users', {
        ...base,
        email: `ide-${randomUUID().slice(0, 8)}@cpts.fr`,
        displayName: 'IDE Une',
        rpps,
        communeCode: '44069',
        coveredCommunes: ['44069', '44055'],
      })
      .expect(201);
    expect(first.body).toMatchObject({ rpps, communeCode: '44069', coveredCommunes: ['44055', '44069'], poolKeys: [] });

    const second = await asAdmin()
      .post('/api/users', { ...base, email: `ide-${randomUUID().slice(0, 8)}@cpts.fr`, displayName: 'IDE Deux' })
      .expect(201);
    const duplicate = await asAdmin()
      .put(`/api/users/${second.body.id}`, { ...second.body, rpps })
      .expect(409);
    expect(duplicate.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(duplicate.body.detail).toMatch(/RPPS est déjà celui d’un autre compte/);
    expect(duplicate.body.errors).toEqual([expect.objectContaining({ pointer: '/body/rpps', code: 'unique' })]);
    expect(await h.prisma.user.findUniqueOrThrow({ where: { id: second.body.id } })).toMatchObject({ rpps: null });

    const malformed = await asAdmin()
      .put(`/api/users/${second.body.id}`, { rpps: '1234', coveredCommunes: ['44055', '20001'] })
      .expect(422);
    expect(malformed.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/body/coveredCommunes/1',
      '/body/rpps',
    ]);
    const outside = await asAdmin()
      .put(`/api/users/${second.body.id}`, { coveredCommunes: ['44055', '2B999'] })
      .expect(422);
    expect(outside.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/coveredCommunes/1', code: 'unknown_commune' }),
    ]);
    expect(await h.prisma.userCommune.count({ where: { userId: second.body.id } })).toBe(0);

    const covered = await asAdmin()
      .put(`/api/users/${second.body.id}`, { coveredCommunes: ['44055'], communeCode: '44055' })
      .expect(200);
    expect(covered.body).toMatchObject({ communeCode: '44055', coveredCommunes: ['44055'] });
  });
});
