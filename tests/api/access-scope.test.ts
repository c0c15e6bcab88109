// Who sees what (issue 14, « secret partagé »): a professional's worklist holds their own tasks, their pools' and
// their profession's for no commune or a commune they cover; they read a patient, the journeys and the tasks only
// while in the care team on today's date or while one of the patient's open tasks is theirs. Out of scope is a 404.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';
import { createPool, dayDate, joinCareTeam, journeyWithTask } from '../support/access.ts';

let h: LightHarness;
type Who = { token: string; userId: string };
const GUERANDE = '44069';
const LA_BAULE = '44055';

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  await h.prisma.commune.createMany({
    data: [
      { inseeCode: GUERANDE, name: 'Guérande' },
      { inseeCode: LA_BAULE, name: 'La Baule-Escoublac' },
    ],
    skipDuplicates: true,
  });
});
afterAll(() => h?.close());

const get = (who: Who, url: string) => h.request().get(url).auth(who.token, { type: 'bearer' });
const post = (who: Who, url: string) => h.request().post(url).auth(who.token, { type: 'bearer' }).send({});
const worklist = async (who: Who, ids: string[]) =>
  (
    await get(who, '/api/tasks')
      .query({ filter: JSON.stringify({ id: ids }) })
      .expect(200)
  ).body.map((t: { id: string }) => t.id);
const pro = (profession: string) => h.tokenFor('professional', profession);

describe('worklist scope', () => {
  it('shows a pool’s open tasks to its members only, who may claim them', async () => {
    const member = await pro('IDE');
    const outsider = await pro('IDE');
    const pool = await createPool(h.prisma, [member.userId]);
    const { taskId, patientId } = await journeyWithTask(h.prisma, { assigneePoolKey: pool });

    expect(await worklist(member, [taskId])).toEqual([taskId]);
    expect(await worklist(outsider, [taskId])).toEqual([]);
    await get(outsider, `/api/tasks/${taskId}`).expect(404);
    await get(outsider, `/api/patients/${patientId}`).expect(404);
    await post(outsider, `/api/tasks/${taskId}/claim`).expect(404);
    await get(member, `/api/patients/${patientId}`).expect(200);
    const claimed = await post(member, `/api/tasks/${taskId}/claim`).expect(200);
    expect(claimed.body.assignee).toMatchObject({ userId: member.userId });
    // Claimed, it is the member's (named to them), still in their worklist.
    expect(await worklist(member, [taskId])).toEqual([taskId]);
  });

  it('hides a commune-restricted task from a professional covering another commune', async () => {
    const here = await pro('IDE');
    const there = await pro('IDE');
    await h.prisma.userCommune.create({ data: { userId: here.userId, communeCode: GUERANDE } });
    await h.prisma.userCommune.create({ data: { userId: there.userId, communeCode: LA_BAULE } });
    const restricted = await journeyWithTask(h.prisma, { assigneeProfession: 'IDE', assigneeCommuneCode: GUERANDE });
    const anywhere = await journeyWithTask(h.prisma, { assigneeProfession: 'IDE' });
    const ids = [restricted.taskId, anywhere.taskId];

    expect((await worklist(here, ids)).sort()).toEqual([...ids].sort());
    expect(await worklist(there, ids)).toEqual([anywhere.taskId]);
    await get(there, `/api/tasks/${restricted.taskId}`).expect(404);
    await get(there, `/api/patients/${restricted.patientId}`).expect(404);
    await post(there, `/api/tasks/${restricted.taskId}/claim`).expect(404);
    await post(here, `/api/tasks/${restricted.taskId}/claim`).expect(200);
  });

  it('counts every branch in the total; a task completed unclaimed leaves the worklist but stays readable by its completer', async () => {
    const nurse = await pro('IDE');
    await h.prisma.userCommune.create({ data: { userId: nurse.userId, communeCode: LA_BAULE } });
    const pool = await createPool(h.prisma, [nurse.userId]);
    const named = await journeyWithTask(h.prisma, { assigneeUserId: nurse.userId });
    const pooled = await journeyWithTask(h.prisma, { assigneePoolKey: pool });
    const local = await journeyWithTask(h.prisma, { assigneeProfession: 'IDE', assigneeCommuneCode: LA_BAULE });
    const closed = await journeyWithTask(h.prisma, { assigneePoolKey: pool });
    await h.prisma.task.update({ where: { id: closed.taskId }, data: { status: 'completed' } });
    const done = await journeyWithTask(h.prisma, { assigneeProfession: 'IDE' });
    await h.prisma.task.update({
      where: { id: done.taskId },
      data: { status: 'completed', completedById: nurse.userId, completedAt: new Date() },
    });
    const ids = [named.taskId, pooled.taskId, local.taskId, closed.taskId, done.taskId];
    const res = await get(nurse, '/api/tasks')
      .query({ filter: JSON.stringify({ id: ids }), range: '[0,1]' })
      .expect(200);
    expect(res.body).toHaveLength(2);
    expect(res.headers['content-range']).toBe('tasks 0-1/3');
    expect((await worklist(nurse, ids)).sort()).toEqual([named.taskId, pooled.taskId, local.taskId].sort());
    await get(nurse, `/api/tasks/${done.taskId}`).expect(200);
    // A colleague of the profession sees neither the completed task nor, since it is closed, its patient.
    const colleague = await pro('IDE');
    expect(await worklist(colleague, ids)).toEqual([]);
    await get(colleague, `/api/tasks/${done.taskId}`).expect(404);
    await get(colleague, `/api/patients/${done.patientId}`).expect(404);
  });
});

describe('reading patients through the care team', () => {
  it('lets a care-team member read the patient, their journeys and all their tasks, but not complete another’s', async () => {
    const gp = await pro('MG');
    const nurse = await pro('IDE');
    const { patientId, journeyId, taskId } = await journeyWithTask(h.prisma, { assigneeUserId: gp.userId });
    await joinCareTeam(h.prisma, patientId, { id: nurse.userId, profession: 'IDE' }, { end: 1 });

    await get(nurse, `/api/patients/${patientId}`).expect(200);
    await get(nurse, `/api/patients/${patientId}/care-team`).expect(200);
    await get(nurse, `/api/journeys/${journeyId}`).expect(200);
    const journeys = await get(nurse, '/api/journeys')
      .query({ filter: JSON.stringify({ patientId }) })
      .expect(200);
    expect(journeys.body.map((j: { id: string }) => j.id)).toEqual([journeyId]);
    // The journey page lists its tasks; the worklist itself holds only the nurse's own.
    const tasks = await get(nurse, '/api/tasks')
      .query({ filter: JSON.stringify({ journeyId }) })
      .expect(200);
    expect(tasks.body.map((t: { id: string }) => t.id)).toEqual([taskId]);
    expect(await worklist(nurse, [taskId])).toEqual([]);
    await get(nurse, `/api/tasks/${taskId}`).expect(200);
    await post(nurse, `/api/tasks/${taskId}/claim`).expect(403);
    await h
      .request()
      .post(`/api/tasks/${taskId}/complete`)
      .auth(nurse.token, { type: 'bearer' })
      .set('Idempotency-Key', `k-${taskId}`)
      .send({ answers: {} })
      .expect(403);
  });

  it('ends access on the membership’s end date ([start, end)), and has not begun before its start', async () => {
    const nurse = await pro('IDE');
    const { patientId, journeyId } = await journeyWithTask(h.prisma, { assigneeProfession: 'MG' });
    const member = await joinCareTeam(h.prisma, patientId, { id: nurse.userId, profession: 'IDE' }, { end: 1 });
    await get(nurse, `/api/patients/${patientId}`).expect(200);
    // Ended today: today is the first day out of the team.
    await h.prisma.careTeamMember.update({ where: { id: member.id }, data: { endDate: dayDate(0) } });
    await get(nurse, `/api/patients/${patientId}`).expect(404);
    await get(nurse, `/api/journeys/${journeyId}`).expect(404);
    const list = await get(nurse, '/api/patients').query({ filter: JSON.stringify({ id: [patientId] }) });
    expect(list.body).toEqual([]);
    await h.prisma.careTeamMember.update({
      where: { id: member.id },
      data: { startDate: dayDate(1), endDate: null },
    });
    await get(nurse, `/api/patients/${patientId}`).expect(404);
  });

  it('keeps a GP outside the team from another GP’s patient: 404 on the patient, journey, task and its actions', async () => {
    const ownGp = await pro('MG');
    const otherGp = await pro('MG');
    const { patientId, journeyId, taskId } = await journeyWithTask(h.prisma, { assigneeUserId: ownGp.userId });
    await joinCareTeam(h.prisma, patientId, { id: ownGp.userId, profession: 'MG' }, { role: 'medecin-traitant' });
    for (const url of [`/api/patients/${patientId}`, `/api/journeys/${journeyId}`, `/api/tasks/${taskId}`])
      await get(otherGp, url).expect(404);
    await get(otherGp, `/api/patients/${patientId}/eligibility`).expect(404);
    const tasks = await get(otherGp, '/api/tasks')
      .query({ filter: JSON.stringify({ journeyId }) })
      .expect(200);
    expect(tasks.body).toEqual([]);
    await post(otherGp, `/api/tasks/${taskId}/claim`).expect(404);
    await h
      .request()
      .post(`/api/tasks/${taskId}/complete`)
      .auth(otherGp.token, { type: 'bearer' })
      .set('Idempotency-Key', `k-${taskId}`)
      .send({ answers: {} })
      .expect(404);
    expect(await worklist(otherGp, [taskId])).toEqual([]);
    expect(await worklist(ownGp, [taskId])).toEqual([taskId]);
    await get(ownGp, `/api/patients/${patientId}`).expect(200);
  });
});
