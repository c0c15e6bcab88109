// Accounts, managed by admins: create with an argon2 password (never returned), log in with it, update, deactivate
// (which ends logins), a duplicate email refused with its field; professionals listed for everyone.
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
});
