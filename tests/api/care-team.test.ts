// The patient's care team through the API: add, read and end members; one médecin traitant at a time (API and
// database); hasMedecinTraitant follows the team; located French refusals for bad input; every access audited; the
// CSV import's commune and médecin traitant RPPS; users' RPPS and communes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient } from '../support/factories.ts';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

let h: LightHarness;
let coordinator: { token: string; userId: string };
let admin: string;
const communes = [
  { inseeCode: '44069', name: 'Guérande' },
  { inseeCode: '44055', name: 'La Baule-Escoublac' },
];

// Unique 11-digit RPPS per test run (the column is unique).
let rppsSeq = Math.floor(Math.random() * 1e6);
const newRpps = () => `1${String(Date.now() % 1e4).padStart(4, '0')}${String(++rppsSeq % 1e6).padStart(6, '0')}`;

async function professional(profession: string, rpps: string | null = null) {
  const { userId } = await h.tokenFor('professional', profession);
  if (rpps) await h.prisma.user.update({ where: { id: userId }, data: { rpps } });
  return userId;
}
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const asCoordinator = <T extends { auth: (t: string, o: { type: 'bearer' }) => T }>(req: T) =>
  req.auth(coordinator.token, { type: 'bearer' });
const add = (patientId: string, body: object) =>
  asCoordinator(h.request().post(`/api/patients/${patientId}/care-team`)).send(body);
const team = (patientId: string) => asCoordinator(h.request().get(`/api/patients/${patientId}/care-team`));
const flag = async (id: string) =>
  (await h.prisma.patient.findUniqueOrThrow({ where: { id }, select: { hasMedecinTraitant: true } }))
    .hasMedecinTraitant;

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  coordinator = await h.tokenFor('coordinator');
  admin = (await h.tokenFor('admin')).token;
  await h.prisma.commune.createMany({ data: communes, skipDuplicates: true });
});
afterAll(() => h?.close());

describe('care team', () => {
  it('adds a médecin traitant and a nurse, lists them, ends the GP: hasMedecinTraitant follows, all audited', async () => {
    const patient = await createPatient(h.prisma);
    const gp = await professional('MG');
    const nurse = await professional('IDE');
    const added = await add(patient.id, { userId: gp, role: 'medecin-traitant', startDate: daysAgo(30) }).expect(201);
    expect(added.body).toMatchObject({
      userId: gp,
      role: 'medecin-traitant',
      profession: 'MG',
      startDate: daysAgo(30),
      endDate: null,
      current: true,
      declaredBy: { id: coordinator.userId },
    });
    expect(await flag(patient.id)).toBe(true);
    await add(patient.id, { userId: nurse, profession: 'IDE' }).expect(201);

    const listed = await team(patient.id).expect(200);
    expect(listed.body.map((m: { userId: string }) => m.userId).sort()).toEqual([gp, nurse].sort());

    const ended = await asCoordinator(h.request().post(`/api/patients/${patient.id}/care-team/${added.body.id}/end`))
      .send({})
      .expect(200);
    expect(ended.body).toMatchObject({ current: false, endedBy: { id: coordinator.userId } });
    expect(await flag(patient.id)).toBe(false);
    // Ending twice: refused.
    await asCoordinator(h.request().post(`/api/patients/${patient.id}/care-team/${added.body.id}/end`))
      .send({})
      .expect(409);

    const audit = await h.prisma.auditEvent.findMany({
      where: { patientId: patient.id, resource: 'care-team' },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'read', 'update']);
  });

  it('refuses a second médecin traitant over the same days, in French, and the database refuses it too', async () => {
    const patient = await createPatient(h.prisma);
    const [gp1, gp2] = [await professional('MG'), await professional('MG')];
    await add(patient.id, { userId: gp1, role: 'medecin-traitant', startDate: daysAgo(100) }).expect(201);
    const res = await add(patient.id, { userId: gp2, role: 'medecin-traitant' }).expect(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('medecin_traitant_exists');
    expect(res.body.detail).toMatch(/déjà un médecin traitant/);
    expect(res.body.errors[0].pointer).toBe('/body/role');
    // A closed period before the current one does not overlap: accepted.
    await add(patient.id, {
      userId: gp2,
      role: 'medecin-traitant',
      startDate: daysAgo(300),
      endDate: daysAgo(100),
    }).expect(201);
    // Straight into the database (what a race between two requests would do): the exclusion constraint refuses it.
    await expect(
      h.prisma.careTeamMember.create({
        data: { patientId: patient.id, userId: gp2, role: 'medecin-traitant', profession: 'MG', startDate: new Date() },
      }),
    ).rejects.toThrow();
    expect(await h.prisma.careTeamMember.count({ where: { patientId: patient.id } })).toBe(2);
  });

  it.each([
    ['an unknown user', () => ({ userId: randomUUID() }), 422, 'unknown_professional', '/body/userId'],
    [
      'a nurse as médecin traitant',
      async () => ({ userId: await professional('IDE'), role: 'medecin-traitant' }),
      422,
      'wrong_profession',
      '/body/userId',
    ],
    [
      'a GP chosen as a nurse',
      async () => ({ userId: await professional('MG'), profession: 'IDE' }),
      422,
      'wrong_profession',
      '/body/userId',
    ],
    [
      'an end date before the start',
      async () => ({ userId: await professional('IDE'), startDate: daysAgo(5), endDate: daysAgo(10) }),
      422,
      'end_before_start',
      '/body/endDate',
    ],
    [
      'a start date in the future',
      async () => ({ userId: await professional('IDE'), startDate: '2999-01-01' }),
      422,
      'future_date',
      '/body/startDate',
    ],
    [
      'an impossible date',
      async () => ({ userId: await professional('IDE'), startDate: '2026-02-30' }),
      422,
      'invalid_format',
      '/body/startDate',
    ],
    [
      'an unknown role',
      async () => ({ userId: await professional('IDE'), role: 'chef' }),
      422,
      'invalid_value',
      '/body/role',
    ],
  ] as const)('refuses %s, located, nothing written', async (_name, body, status, code, pointer) => {
    const patient = await createPatient(h.prisma);
    const res = await add(patient.id, await body()).expect(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors[0]).toMatchObject({ pointer });
    expect([res.body.code, res.body.errors[0].code]).toContain(code);
    expect(await h.prisma.careTeamMember.count({ where: { patientId: patient.id } })).toBe(0);
  });

  it('refuses the same professional twice at once, and answers 404 for an unknown patient', async () => {
    const patient = await createPatient(h.prisma);
    const nurse = await professional('IDE');
    await add(patient.id, { userId: nurse }).expect(201);
    expect((await add(patient.id, { userId: nurse }).expect(409)).body.code).toBe('already_member');
    await add(randomUUID(), { userId: nurse }).expect(404);
  });

  it('lets a professional read the team only of patients they may see', async () => {
    const patient = await createPatient(h.prisma);
    const nurse = await h.tokenFor('professional', 'IDE');
    await h.request().get(`/api/patients/${patient.id}/care-team`).auth(nurse.token, { type: 'bearer' }).expect(404);
  });
});

describe('patients and users with communes and RPPS', () => {
  it('sets a patient’s commune, refuses one outside the territory, and ignores a hasMedecinTraitant sent back', async () => {
    const patient = await createPatient(h.prisma);
    const put = (body: object) => asCoordinator(h.request().put(`/api/patients/${patient.id}`)).send(body);
    const ok = await put({ communeCode: '44069', hasMedecinTraitant: true }).expect(200);
    expect(ok.body).toMatchObject({ communeCode: '44069', hasMedecinTraitant: false });
    const res = await put({ communeCode: '75056' }).expect(422);
    expect(res.body.errors[0]).toMatchObject({ pointer: '/body/communeCode', code: 'unknown_commune' });
    const listed = await asCoordinator(h.request().get('/api/communes?filter={"q":"gué"}')).expect(200);
    expect(listed.body).toContainEqual({ id: '44069', inseeCode: '44069', name: 'Guérande' });
  });

  it('lets the admin set a user’s RPPS and communes; refuses a malformed or taken RPPS at its field', async () => {
    const gp = await professional('MG');
    const rpps = newRpps();
    const put = (id: string, body: object) =>
      h.request().put(`/api/users/${id}`).auth(admin, { type: 'bearer' }).send(body);
    const ok = await put(gp, { rpps, communeCode: '44069', coveredCommunes: ['44069', '44055'] }).expect(200);
    expect(ok.body).toMatchObject({ rpps, communeCode: '44069', coveredCommunes: ['44055', '44069'] });
    const other = await professional('MG');
    const taken = await put(other, { rpps }).expect(409);
    expect(taken.body).toMatchObject({ code: 'rpps_taken', errors: [{ pointer: '/body/rpps' }] });
    const bad = await put(other, { rpps: '1234' }).expect(422);
    expect(bad.body.errors[0].pointer).toBe('/body/rpps');
    const outside = await put(other, { coveredCommunes: ['44055', '13055'] }).expect(422);
    expect(outside.body.errors).toEqual([expect.objectContaining({ pointer: '/body/coveredCommunes/1' })]);
  });
});

describe('CSV import of the commune and the médecin traitant', () => {
  const HEADER = 'firstName,lastName,birthDate,sex,conditions,ald,lastDischargeAt,commune,medecinTraitantRpps';
  const post = (csv: string) =>
    asCoordinator(h.request().post('/api/patients/import')).set('Content-Type', 'text/csv').send(csv);

  it('imports the patient with their commune and médecin traitant in the care team', async () => {
    const rpps = newRpps();
    const gp = await professional('MG', rpps);
    const marker = `CsvMt-${randomUUID().slice(0, 8)}`;
    await post(
      [HEADER, `Jeanne,${marker},1948-02-01,F,,,,44069,${rpps}`, `Paul,${marker},1950-02-01,M,,,,,`].join('\n'),
    ).expect(200);
    const rows = await h.prisma.patient.findMany({
      where: { lastName: marker },
      include: { careTeam: true },
      orderBy: { firstName: 'asc' },
    });
    expect(
      rows.map((r) => [r.firstName, r.communeCode, r.hasMedecinTraitant, r.careTeam.map((m) => m.userId)]),
    ).toEqual([
      ['Jeanne', '44069', true, [gp]],
      ['Paul', null, false, []],
    ]);
  });

  it('refuses the whole file for an unknown RPPS, a non-GP RPPS, an unknown commune, a contradicting flag', async () => {
    const nurseRpps = newRpps();
    await professional('IDE', nurseRpps);
    const gpRpps = newRpps();
    await professional('MG', gpRpps);
    const marker = `CsvMt-${randomUUID().slice(0, 8)}`;
    const res = await post(
      [
        `${HEADER},hasMedecinTraitant`,
        `Jeanne,${marker},1948-02-01,F,,,,44069,${gpRpps},`,
        `Paul,${marker},1950-02-01,M,,,,,99999999999,`,
        `Luc,${marker},1950-02-01,M,,,,,${nurseRpps},`,
        `Rose,${marker},1950-02-01,F,,,,13055,,`,
        `Léa,${marker},1950-02-01,F,,,,,,oui`,
      ].join('\n'),
    ).expect(422);
    expect(
      res.body.rows.map((r: { row: number; errors: { column: string }[] }) => [r.row, r.errors.map((e) => e.column)]),
    ).toEqual([
      [3, ['medecinTraitantRpps']],
      [4, ['medecinTraitantRpps']],
      [5, ['commune']],
      [6, ['medecinTraitantRpps']],
    ]);
    expect(res.body.rows[0].errors[0].message).toMatch(/RPPS 99999999999 inconnu/);
    expect(await h.prisma.patient.count({ where: { lastName: marker } })).toBe(0);
  });
});
