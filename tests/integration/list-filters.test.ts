// The list endpoints' filters as the back office sends them (ra-data-simple-rest `filter` JSON): each filter narrows
// the result, and an unknown or malformed filter is refused with its location instead of being ignored.
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiConfigSchema, createApp, TokenService } from '@parcours/api';
import { createPrismaClient } from '@parcours/db';
import { createPatient, createUser, TEST_PASSWORD } from '../support/factories.ts';

const prisma = createPrismaClient(inject('databaseUrl'));
// Lists read only the projections: a lazy client that never connects is enough here.
const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
const config = apiConfigSchema.parse({ NODE_ENV: 'test', DATABASE_URL: inject('databaseUrl'), LOG_LEVEL: 'silent' });
const app = createApp(
  { config, prisma, temporal, tokens: new TokenService(config.JWT_SECRET) },
  pino({ level: 'silent' }),
);
let token: string;

beforeAll(async () => {
  const user = await createUser(prisma, { role: 'coordinator' });
  token = (await supertest(app).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD })).body
    .token;
});
afterAll(() => prisma.$disconnect());

const list = (resource: string, filter: unknown) =>
  supertest(app)
    .get(`/api/${resource}`)
    .query({ filter: JSON.stringify(filter) })
    .auth(token, { type: 'bearer' });

describe('patient list filters', () => {
  it('narrows by condition and by ALD code', async () => {
    const diabetic = await createPatient(prisma, { conditions: ['diabete-type-2'] });
    await prisma.patient.update({ where: { id: diabetic.id }, data: { ald: ['8'] } });
    const other = await createPatient(prisma, { conditions: ['bpco'] });
    const byCondition = await list('patients', { conditions: 'diabete-type-2', id: [diabetic.id, other.id] }).expect(
      200,
    );
    expect(byCondition.body.map((p: { id: string }) => p.id)).toEqual([diabetic.id]);
    const byAld = await list('patients', { ald: '8', id: [diabetic.id, other.id] }).expect(200);
    expect(byAld.body.map((p: { id: string }) => p.id)).toEqual([diabetic.id]);
    expect(byAld.headers['content-range']).toBe('patients 0-0/1');
  });

  it.each([
    [{ condition: 'bpco' }, '/query/filter'],
    [{ ald: 8 }, '/query/filter/ald'],
    [{ conditions: "x' OR 1=1 --".padEnd(120, 'x') }, '/query/filter/conditions'],
  ])('refuses the filter %j with its location', async (filter, pointer) => {
    const res = await list('patients', filter).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });
});

describe('task list filters', () => {
  it('narrows by assignee profession', async () => {
    const patient = await createPatient(prisma);
    const definition = await prisma.parcoursDefinition.create({ data: { key: 'filters', title: 'Filtres', body: {} } });
    const journey = await prisma.journey.create({
      data: {
        id: crypto.randomUUID(),
        workflowId: 'w',
        patientId: patient.id,
        definitionId: definition.id,
        parcoursKey: 'filters',
        parcoursVersion: 1,
      },
    });
    const common = { journeyId: journey.id, title: { fr: 'Tâche' } };
    await prisma.task.createMany({
      data: [
        { ...common, stepId: 'a', assigneeProfession: 'IDE' },
        { ...common, stepId: 'b', assigneeProfession: 'PHARMACIEN' },
      ],
    });
    const res = await list('tasks', { journeyId: journey.id, assigneeProfession: 'PHARMACIEN' }).expect(200);
    expect(res.body.map((t: { stepId: string }) => t.stepId)).toEqual(['b']);
  });
});
