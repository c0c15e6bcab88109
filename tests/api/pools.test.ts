// The CPTS's named pools, configured by the organisers: created with their members (active professionals only, each
// refusal named at its place in the body), edited, listed with each member's profession, read by everyone; deleted only
// while no task and no published parcours names them. Every refusal is a French problem and changes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient, createUser } from '../support/factories.ts';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

let h: LightHarness;
let coordinator: string;
let admin: string;
let professional: string;
let auditor: string;

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  coordinator = (await h.tokenFor('coordinator')).token;
  admin = (await h.tokenFor('admin')).token;
  professional = (await h.tokenFor('professional', 'MG')).token;
  auditor = (await h.tokenFor('auditor')).token;
});
afterAll(() => h?.close());

const as = (token: string) => ({
  get: (url: string) => h.request().get(url).auth(token, { type: 'bearer' }),
  post: (url: string, body: object) => h.request().post(url).auth(token, { type: 'bearer' }).send(body),
  put: (url: string, body: object) => h.request().put(url).auth(token, { type: 'bearer' }).send(body),
  del: (url: string) => h.request().delete(url).auth(token, { type: 'bearer' }),
});
const newKey = () => `equipe-${randomUUID().slice(0, 8)}`;
const memberIdsOf = async (key: string) =>
  (await h.prisma.poolMember.findMany({ where: { poolKey: key }, orderBy: { userId: 'asc' } })).map((m) => m.userId);

async function nurses(n: number) {
  return Promise.all(
    Array.from({ length: n }, () => createUser(h.prisma, { role: 'professional', profession: 'IDE' })),
  );
}

/** A task row of a journey row given to the pool (projections only: the refusal reads them, not Temporal). */
async function taskForPool(poolKey: string, status: 'open' | 'completed') {
  const patient = await createPatient(h.prisma);
  const definition = await h.prisma.parcoursDefinition.create({
    data: { key: `pool-${randomUUID().slice(0, 6)}`, title: 'Équipe', body: {} },
  });
  const journey = await h.prisma.journey.create({
    data: {
      id: randomUUID(),
      workflowId: `w-${randomUUID()}`,
      patientId: patient.id,
      definitionId: definition.id,
      parcoursKey: definition.key,
      parcoursVersion: 1,
    },
  });
  return h.prisma.task.create({
    data: { journeyId: journey.id, stepId: 'suivi', title: { fr: 'Suivi' }, assigneePoolKey: poolKey, status },
  });
}

describe('pools', () => {
  it('creates a pool with its members, lists it with their professions, shows it to everyone', async () => {
    const [a, b] = await nurses(2);
    const key = newKey();
    const created = await as(coordinator)
      .post('/api/pools', { key, label: 'IDE référentes', description: 'Suivi à domicile', memberIds: [a!.id, b!.id] })
      .expect(201);
    expect(created.body).toMatchObject({
      id: key,
      key,
      label: 'IDE référentes',
      description: 'Suivi à domicile',
      memberCount: 2,
    });
    expect(created.body.members).toEqual(
      expect.arrayContaining([
        { id: a!.id, displayName: a!.displayName, profession: 'IDE' },
        { id: b!.id, displayName: b!.displayName, profession: 'IDE' },
      ]),
    );
    expect([...created.body.memberIds].sort()).toEqual([a!.id, b!.id].sort());

    for (const token of [professional, auditor]) {
      const listed = await as(token)
        .get('/api/pools')
        .query({ filter: JSON.stringify({ memberId: a!.id }) })
        .expect(200);
      expect(listed.body.map((p: { key: string }) => p.key)).toEqual([key]);
      await as(token).get(`/api/pools/${key}`).expect(200);
    }
    const user = await as(admin).get(`/api/users/${a!.id}`).expect(200);
    expect(user.body.poolKeys).toEqual([key]);
  });

  it('refuses a member who is not a professional, an inactive one and an unknown one, each at its place', async () => {
    const [nurse] = await nurses(1);
    const [coordinatorUser, inactive] = await Promise.all([
      createUser(h.prisma, { role: 'coordinator' }),
      createUser(h.prisma, { role: 'professional', profession: 'IDE' }),
    ]);
    await h.prisma.user.update({ where: { id: inactive.id }, data: { active: false } });
    const key = newKey();
    const res = await as(coordinator)
      .post('/api/pools', {
        key,
        label: 'Équipe refusée',
        memberIds: [nurse!.id, coordinatorUser.id, inactive.id, randomUUID()],
      })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        pointer: '/body/memberIds/1',
        code: 'not_a_professional',
        message: expect.stringMatching(/n’est pas un professionnel de santé : seuls les professionnels/),
      }),
      expect.objectContaining({ pointer: '/body/memberIds/2', code: 'inactive_user' }),
      expect.objectContaining({ pointer: '/body/memberIds/3', code: 'unknown_user' }),
    ]);
    expect(await h.prisma.pool.count({ where: { key } })).toBe(0);

    const alone = await as(admin)
      .post('/api/pools', { key, label: 'Équipe refusée', memberIds: [coordinatorUser.id] })
      .expect(422);
    expect(alone.body.detail).toMatch(/^Membre refusé : .* n’est pas un professionnel de santé/);
    expect(await h.prisma.pool.count({ where: { key } })).toBe(0);
  });

  it('refuses a key taken or malformed at /body/key', async () => {
    const key = newKey();
    await as(coordinator).post('/api/pools', { key, label: 'Première' }).expect(201);
    const taken = await as(coordinator).post('/api/pools', { key, label: 'Seconde' }).expect(409);
    expect(taken.body.errors).toEqual([expect.objectContaining({ pointer: '/body/key', code: 'unique' })]);
    expect(await h.prisma.pool.findUniqueOrThrow({ where: { key } })).toMatchObject({ label: 'Première' });
    const malformed = await as(coordinator).post('/api/pools', { key: 'IDE Référente', label: 'X' }).expect(422);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ pointer: '/body/key' })]);
  });

  it('edits label, description and members; a refused member leaves the pool as it was; the key never changes', async () => {
    const [a, b, c] = await nurses(3);
    const key = newKey();
    await as(coordinator)
      .post('/api/pools', { key, label: 'Avant', memberIds: [a!.id] })
      .expect(201);
    const shown = await as(coordinator).get(`/api/pools/${key}`).expect(200);
    // react-admin sends the whole record back, computed fields included.
    const edited = await as(coordinator)
      .put(`/api/pools/${key}`, { ...shown.body, label: 'Après', description: 'Nouvelle', memberIds: [b!.id, c!.id] })
      .expect(200);
    expect(edited.body).toMatchObject({ label: 'Après', description: 'Nouvelle', memberCount: 2 });
    expect(await memberIdsOf(key)).toEqual([b!.id, c!.id].sort());

    const auditorUser = await createUser(h.prisma, { role: 'auditor' });
    const refused = await as(admin)
      .put(`/api/pools/${key}`, { label: 'Jamais', memberIds: [b!.id, auditorUser.id] })
      .expect(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/memberIds/1', code: 'not_a_professional' }),
    ]);
    expect(await h.prisma.pool.findUniqueOrThrow({ where: { key } })).toMatchObject({ label: 'Après' });
    expect(await memberIdsOf(key)).toEqual([b!.id, c!.id].sort());

    const rekeyed = await as(coordinator).put(`/api/pools/${key}`, { key: 'autre-cle', label: 'X' }).expect(422);
    expect(rekeyed.body.errors).toEqual([expect.objectContaining({ pointer: '/body/key', code: 'pool_key_fixed' })]);
    await as(coordinator).put(`/api/pools/${newKey()}`, { label: 'Nulle part' }).expect(404);
  });

  it('refuses to delete a pool while open tasks, closed tasks or a published parcours name it', async () => {
    const [nurse] = await nurses(1);
    const key = newKey();
    await as(coordinator)
      .post('/api/pools', { key, label: 'Occupée', memberIds: [nurse!.id] })
      .expect(201);
    const task = await taskForPool(key, 'open');

    const open = await as(coordinator).del(`/api/pools/${key}`).expect(409);
    expect(open.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(open.body).toMatchObject({ status: 409, code: 'pool_in_use' });
    expect(open.body.detail).toMatch(/1 tâche ouverte lui est confiée ; réattribuez-les d’abord/);
    expect(open.body.errors).toEqual([expect.objectContaining({ pointer: '/params/id', code: 'pool_in_use' })]);
    expect(await h.prisma.pool.count({ where: { key } })).toBe(1);
    expect(await memberIdsOf(key)).toEqual([nurse!.id]);

    await h.prisma.task.update({ where: { id: task.id }, data: { status: 'completed', completedAt: new Date() } });
    const closed = await as(admin).del(`/api/pools/${key}`).expect(409);
    expect(closed.body.detail).toMatch(/1 tâche terminée la nomme/);
    expect(await h.prisma.pool.count({ where: { key } })).toBe(1);

    const published = newKey();
    await as(coordinator).post('/api/pools', { key: published, label: 'Nommée par un parcours' }).expect(201);
    await h.prisma.parcoursDefinition.create({
      data: {
        key: `uses-${published}`,
        version: 1,
        status: 'published',
        title: 'Suivi par l’équipe',
        body: {
          steps: [{ id: 'suivi', type: 'task', assignee: { careTeam: 'IDE', fallback: [{ pool: published }] } }],
        },
      },
    });
    const named = await as(coordinator).del(`/api/pools/${published}`).expect(409);
    expect(named.body.detail).toMatch(/le parcours publié « Suivi par l’équipe » \(version 1\) lui confie des tâches/);
    expect(await h.prisma.pool.count({ where: { key: published } })).toBe(1);
  });

  it('deletes a pool nothing names, with its memberships', async () => {
    const [nurse] = await nurses(1);
    const key = newKey();
    await as(coordinator)
      .post('/api/pools', { key, label: 'Éphémère', memberIds: [nurse!.id] })
      .expect(201);
    const deleted = await as(coordinator).del(`/api/pools/${key}`).expect(200);
    expect(deleted.body).toMatchObject({ key, label: 'Éphémère', memberCount: 1 });
    await as(coordinator).get(`/api/pools/${key}`).expect(404);
    expect(await h.prisma.poolMember.count({ where: { poolKey: key } })).toBe(0);
    const audit = await h.prisma.auditEvent.findMany({ where: { resource: 'pool', resourceId: key } });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });

  it('refuses to give a pool member a role other than professional, at /body/role', async () => {
    const [nurse] = await nurses(1);
    const key = newKey();
    await as(coordinator)
      .post('/api/pools', { key, label: 'Garde-fou', memberIds: [nurse!.id] })
      .expect(201);
    const res = await as(admin).put(`/api/users/${nurse!.id}`, { role: 'coordinator', profession: null }).expect(409);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/role', message: expect.stringMatching(/« Garde-fou »/) }),
    ]);
    expect(await h.prisma.user.findUniqueOrThrow({ where: { id: nurse!.id } })).toMatchObject({ role: 'professional' });
  });
});
