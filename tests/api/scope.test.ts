// Row-level access: a professional sees only the tasks for their profession or for themselves, and only the journeys
// and patients those tasks belong to; claiming a task takes it out of colleagues' worklists, atomically.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPatient } from '../support/factories.ts';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

let h: LightHarness;
let nurseA: string;
let nurseB: string;
let doctor: string;
let coordinator: string;
const ids = {} as Record<'nursePatient' | 'gpPatient' | 'nurseTask' | 'gpTask' | 'nurseJourney' | 'gpJourney', string>;

async function journeyWithTask(profession: string) {
  const patient = await createPatient(h.prisma);
  const definition = await h.prisma.parcoursDefinition.create({
    data: { key: `scope-${randomUUID().slice(0, 6)}`, title: 'Portée', body: {} },
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
  const task = await h.prisma.task.create({
    data: {
      journeyId: journey.id,
      stepId: 'screening',
      title: { fr: 'Tâche' },
      assigneeProfession: profession,
      dueAt: new Date(Date.now() - 86_400_000),
    },
  });
  return { patient: patient.id, journey: journey.id, task: task.id };
}

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  nurseA = (await h.tokenFor('professional', 'IDE')).token;
  nurseB = (await h.tokenFor('professional', 'IDE')).token;
  doctor = (await h.tokenFor('professional', 'MG')).token;
  coordinator = (await h.tokenFor('coordinator')).token;
  const n = await journeyWithTask('IDE');
  const g = await journeyWithTask('MG');
  Object.assign(ids, {
    nursePatient: n.patient,
    nurseJourney: n.journey,
    nurseTask: n.task,
    gpPatient: g.patient,
    gpJourney: g.journey,
    gpTask: g.task,
  });
});
afterAll(() => h?.close());

const get = (token: string, url: string) => h.request().get(url).auth(token, { type: 'bearer' });
const post = (token: string, url: string) => h.request().post(url).auth(token, { type: 'bearer' }).send({});
const listIds = async (token: string, resource: string, filterIds: string[]) =>
  (
    await get(token, `/api/${resource}`)
      .query({ filter: JSON.stringify({ id: filterIds }) })
      .expect(200)
  ).body.map((r: { id: string }) => r.id);

describe('professional scope', () => {
  it('shows a professional only their profession’s tasks, journeys and patients', async () => {
    expect(await listIds(nurseA, 'tasks', [ids.nurseTask, ids.gpTask])).toEqual([ids.nurseTask]);
    expect(await listIds(doctor, 'tasks', [ids.nurseTask, ids.gpTask])).toEqual([ids.gpTask]);
    expect(await listIds(nurseA, 'journeys', [ids.nurseJourney, ids.gpJourney])).toEqual([ids.nurseJourney]);
    expect(await listIds(nurseA, 'patients', [ids.nursePatient, ids.gpPatient])).toEqual([ids.nursePatient]);
    await get(nurseA, `/api/patients/${ids.gpPatient}`).expect(404);
    await get(nurseA, `/api/journeys/${ids.gpJourney}`).expect(404);
    expect(await listIds(coordinator, 'tasks', [ids.nurseTask, ids.gpTask])).toHaveLength(2);
  });

  it('lists overdue tasks with the patient name', async () => {
    const res = await get(nurseA, '/api/tasks')
      .query({ filter: JSON.stringify({ id: [ids.nurseTask], overdue: true }) })
      .expect(200);
    expect(res.body[0]).toMatchObject({
      overdue: true,
      assignee: { profession: 'IDE' },
      patientName: expect.stringMatching(/^TEST-/),
    });
    const journeys = await get(coordinator, '/api/journeys')
      .query({ filter: JSON.stringify({ id: [ids.nurseJourney] }) })
      .expect(200);
    expect(journeys.body[0]).toMatchObject({ overdueTasks: 1, patientName: expect.any(String) });
  });

  it('lets one nurse claim a task, hides it from the other, and gives it back on unclaim', async () => {
    const claimed = await post(nurseA, `/api/tasks/${ids.nurseTask}/claim`).expect(200);
    expect(claimed.body.claimedAt).toBeTruthy();
    expect(claimed.body.assignee.userId).toBeTruthy();
    await post(nurseB, `/api/tasks/${ids.nurseTask}/claim`).expect(404);
    expect(await listIds(nurseB, 'tasks', [ids.nurseTask])).toEqual([]);
    expect(await listIds(nurseA, 'tasks', [ids.nurseTask])).toEqual([ids.nurseTask]);
    const mine = await get(nurseA, '/api/tasks')
      .query({ filter: JSON.stringify({ mine: true }) })
      .expect(200);
    expect(mine.body.map((t: { id: string }) => t.id)).toEqual([ids.nurseTask]);
    await post(nurseB, `/api/tasks/${ids.nurseTask}/unclaim`).expect(404);
    await post(nurseA, `/api/tasks/${ids.nurseTask}/unclaim`).expect(200);
    expect(await listIds(nurseB, 'tasks', [ids.nurseTask])).toEqual([ids.nurseTask]);
    await post(nurseA, `/api/tasks/${ids.nurseTask}/unclaim`).expect(409);
  });
});
