// The worklist's total is exact up to 1,000 tasks and a lower bound past it (issue 15: counting every task of a
// profession was most of the statement's cost): `Content-Range: tasks 0-24/*` with `Total-Exceeds: 1000`, while a
// profession with fewer tasks keeps its exact total. A page asked past the cap moves the cap to its end, so the answer
// still says whether there is a next page. The tasks are this file's own (a profession of its own), made by SQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient } from '../support/factories.ts';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

let h: LightHarness;
const tag = () =>
  `CAP${randomUUID()
    .slice(0, 6)
    .toUpperCase()
    .replace(/[^A-Z]/g, 'X')}`;
const big = tag();
const small = tag();
let bigNurse: string;
let smallNurse: string;

async function tasksFor(profession: string, count: number) {
  const patient = await createPatient(h.prisma);
  const definition = await h.prisma.parcoursDefinition.create({
    data: { key: `cap-${randomUUID().slice(0, 8)}`, title: 'Plafond', body: {} },
  });
  const journeyId = randomUUID();
  await h.prisma.journey.create({
    data: {
      id: journeyId,
      workflowId: `w-${randomUUID()}`,
      patientId: patient.id,
      definitionId: definition.id,
      parcoursKey: definition.key,
      parcoursVersion: 1,
    },
  });
  await h.prisma.$executeRaw`
    INSERT INTO "Task"(id, "journeyId", "stepId", title, "assigneeProfession", "dueAt", "updatedAt")
    SELECT gen_random_uuid(), ${journeyId}::uuid, 'step-' || n, '{"fr":"Tâche"}'::jsonb, ${profession},
           now() + n * interval '1 minute', now()
    FROM generate_series(1, ${count}::int) n`;
}

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  await tasksFor(big, 1005);
  await tasksFor(small, 999);
  bigNurse = (await h.tokenFor('professional', big)).token;
  smallNurse = (await h.tokenFor('professional', small)).token;
});
afterAll(() => h?.close());

const list = (token: string, range: string) =>
  h
    .request()
    .get('/api/tasks')
    .query({ sort: '["dueAt","ASC"]', range, filter: '{"status":"open"}' })
    .auth(token, { type: 'bearer' })
    .expect(200);

describe('worklist total past 1,000', () => {
  it('says « more than 1,000 » instead of counting every task', async () => {
    const res = await list(bigNurse, '[0,24]');
    expect(res.body).toHaveLength(25);
    expect(res.headers['content-range']).toBe('tasks 0-24/*');
    expect(res.headers['total-exceeds']).toBe('1000');
  });

  it('moves the cap to the end of a page asked past it, and is exact again when the rest fits', async () => {
    const near = await list(bigNurse, '[975,999]');
    expect(near.headers['content-range']).toBe('tasks 975-999/*');
    expect(near.headers['total-exceeds']).toBe('1000');
    // Past 1,000 the cap is the end of the page: the 1,005 tasks fit under 1,025, so the total is exact.
    const last = await list(bigNurse, '[1000,1024]');
    expect(last.body).toHaveLength(5);
    expect(last.headers['content-range']).toBe('tasks 1000-1004/1005');
    expect(last.headers['total-exceeds']).toBeUndefined();
  });

  it('keeps a total under 1,000 exact', async () => {
    const res = await list(smallNurse, '[0,0]');
    expect(res.headers['content-range']).toBe('tasks 0-0/999');
    expect(res.headers['total-exceeds']).toBeUndefined();
  });
});
