// The worklist as one SQL statement: the two halves of a professional's scope merged in due order, names joined,
// the total right for any range (also past the last page), filters applied to the page and the total alike, and the
// audit row of every list written in the background yet written.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { flushAudit } from '@parcours/api';
import { createPatient } from '../support/factories.ts';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';

let h: LightHarness;
let nurse: { token: string; userId: string };
const profession = `WL${randomUUID()
  .slice(0, 6)
  .toUpperCase()
  .replace(/[^A-Z]/g, 'X')}`;
const day = 86_400_000;
const ids: string[] = [];
let patientName = '';

beforeAll(async () => {
  h = await createLightHarness(inject('databaseUrl'));
  nurse = await h.tokenFor('professional', profession);
  const patient = await createPatient(h.prisma);
  patientName = `${patient.lastName.toUpperCase()} ${patient.firstName}`;
  const definition = await h.prisma.parcoursDefinition.create({
    data: { key: `wl-${randomUUID().slice(0, 6)}`, title: 'Liste', body: {} },
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
  // Due in order: profession (overdue), mine, profession, claimed by a colleague (not visible), profession (no date).
  const colleague = await h.tokenFor('professional', profession);
  const rows = [
    { dueAt: new Date(Date.now() - day), assigneeProfession: profession },
    { dueAt: new Date(Date.now() + day), assigneeProfession: profession, assigneeUserId: nurse.userId },
    { dueAt: new Date(Date.now() + 2 * day), assigneeProfession: profession },
    { dueAt: new Date(Date.now() + 3 * day), assigneeProfession: profession, assigneeUserId: colleague.userId },
    { dueAt: null, assigneeProfession: profession },
  ];
  for (const [i, row] of rows.entries()) {
    const task = await h.prisma.task.create({
      data: { journeyId: journey.id, stepId: `s${i}`, title: { fr: `Tâche ${i}` }, ...row },
    });
    ids.push(task.id);
  }
});
afterAll(() => h?.close());

const list = (query: Record<string, string>) =>
  h.request().get('/api/tasks').query(query).auth(nurse.token, { type: 'bearer' }).expect(200);

describe('worklist', () => {
  it('merges my tasks and my profession’s in due order, nulls last, with names and the total', async () => {
    const res = await list({ sort: '["dueAt","ASC"]', range: '[0,24]' });
    expect(res.body.map((t: { id: string }) => t.id)).toEqual([ids[0], ids[1], ids[2], ids[4]]);
    expect(res.headers['content-range']).toBe('tasks 0-3/4');
    expect(res.body[0]).toMatchObject({ patientName, overdue: true, title: { fr: 'Tâche 0' } });
    expect(res.body[1].assignee).toMatchObject({ userId: nurse.userId, displayName: expect.any(String) });
    expect(res.body[0].assignee).toEqual({ profession });
  });

  it('pages, sorts descending and keeps the total past the last page', async () => {
    const page = await list({ sort: '["dueAt","DESC"]', range: '[1,2]' });
    expect(page.body.map((t: { id: string }) => t.id)).toEqual([ids[1], ids[0]]);
    expect(page.headers['content-range']).toBe('tasks 1-2/4');
    const beyond = await list({ range: '[10,19]' });
    expect(beyond.body).toEqual([]);
    expect(beyond.headers['content-range']).toBe('tasks 10-10/4');
  });

  it('applies filters to the page and the total', async () => {
    const overdue = await list({ filter: JSON.stringify({ overdue: true }) });
    expect(overdue.body.map((t: { id: string }) => t.id)).toEqual([ids[0]]);
    expect(overdue.headers['content-range']).toBe('tasks 0-0/1');
    const mine = await list({ filter: JSON.stringify({ mine: true }) });
    expect(mine.body.map((t: { id: string }) => t.id)).toEqual([ids[1]]);
    const some = await list({ filter: JSON.stringify({ id: [ids[2], ids[3]], stepId: 's2', status: 'open' }) });
    expect(some.body.map((t: { id: string }) => t.id)).toEqual([ids[2]]);
  });

  it('writes the audit row of the list', async () => {
    const res = await list({ range: '[0,0]', filter: JSON.stringify({ stepId: 's0' }) });
    await flushAudit(h.prisma);
    const audit = await h.prisma.auditEvent.findFirst({
      where: { actorId: nurse.userId, action: 'list', resource: 'task', requestId: res.headers['x-request-id'] },
    });
    expect(audit?.details).toMatchObject({ ids: [ids[0]], filter: { stepId: 's0' } });
  });
});
