// The inbox: each person sees the messages addressed to them, their role or their profession, never another's; read
// marks are per person and drive the unread count; reading is audited with the patient; coordinators follow delivery
// and put dead letters back in the queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../support/factories.ts';
import { createJourneyRow, createOutboxMessage } from '../support/messages.ts';
import { createLightHarness, type LightHarness } from '../support/api-harness.ts';
import { useOwnDatabase } from '../support/relay-database.ts';

const db = useOwnDatabase('inbox');
let h: LightHarness;
beforeAll(async () => {
  h = await createLightHarness(db().url);
});
afterAll(() => h?.close());

interface Message {
  id: string;
  read: boolean;
  patientId: string;
  kind: string;
  text: { fr: string };
  delivery: { status: string; attempts: number; lastError: string | null };
}

async function inbox(token: string, query = '') {
  const res = await h.request().get(`/api/messages${query}`).auth(token, { type: 'bearer' }).expect(200);
  return {
    ids: (res.body as Message[]).map((m) => m.id),
    body: res.body as Message[],
    range: res.headers['content-range'],
  };
}
const unread = async (token: string) =>
  (
    (await h.request().get('/api/messages/unread-count').auth(token, { type: 'bearer' }).expect(200)).body as {
      count: number;
    }
  ).count;

describe('messages inbox', () => {
  it('shows each person the messages for them, their profession or their role, and nobody else’s', async () => {
    const profession = `X${Date.now().toString(36)}`;
    const nurse = await h.tokenFor('professional', profession);
    const colleague = await h.tokenFor('professional', profession);
    const other = await h.tokenFor('professional', 'MG');
    const coordinator = await h.tokenFor('coordinator');
    const journey = await createJourneyRow(h.prisma);
    const toProfession = await createOutboxMessage(h.prisma, { profession }, 'Pour la profession', journey.id);
    const toNurse = await createOutboxMessage(
      h.prisma,
      { profession, userId: nurse.userId },
      'Pour elle seule',
      journey.id,
    );
    const toCoordinators = await createOutboxMessage(h.prisma, { role: 'coordinator' }, 'Coordination', journey.id);
    const toPatient = await createOutboxMessage(h.prisma, { patient: true }, 'Au patient', journey.id);

    expect((await inbox(nurse.token)).ids.sort()).toEqual([toProfession.id, toNurse.id].sort());
    expect((await inbox(colleague.token)).ids).toEqual([toProfession.id]);
    expect((await inbox(other.token)).ids).toEqual([]);
    expect((await inbox(coordinator.token)).ids).toEqual(
      expect.arrayContaining([toCoordinators.id, toPatient.id]) as unknown as string[],
    );
    expect((await inbox(coordinator.token)).ids).not.toContain(toProfession.id);
    await h
      .request()
      .get(`/api/messages/${toNurse.id}`)
      .auth(colleague.token, { type: 'bearer' })
      .expect(404)
      .expect('content-type', /problem\+json/);
    await h.request().post(`/api/messages/${toNurse.id}/read`).auth(other.token, { type: 'bearer' }).expect(404);
  });

  it('counts unread messages per person; opening one is audited with its patient and marks it read', async () => {
    const profession = `Y${Date.now().toString(36)}`;
    const nurse = await h.tokenFor('professional', profession);
    const colleague = await h.tokenFor('professional', profession);
    const journey = await createJourneyRow(h.prisma);
    const first = await createOutboxMessage(h.prisma, { profession }, 'Un', journey.id);
    await createOutboxMessage(h.prisma, { profession }, 'Deux', journey.id);
    expect(await unread(nurse.token)).toBe(2);

    const opened = await h.request().get(`/api/messages/${first.id}`).auth(nurse.token, { type: 'bearer' }).expect(200);
    expect(opened.body).toMatchObject({ id: first.id, read: false, patientId: journey.patientId, kind: 'notify' });
    const audit = await h.prisma.auditEvent.findFirst({
      where: { resource: 'message', resourceId: first.id, actorId: nurse.userId, action: 'read' },
    });
    expect(audit?.patientId).toBe(journey.patientId);

    // Twice at once (two tabs): both succeed, one read mark.
    const marks = await Promise.all(
      [0, 1].map(() => h.request().post(`/api/messages/${first.id}/read`).auth(nurse.token, { type: 'bearer' })),
    );
    for (const res of marks) expect(res.body, JSON.stringify(res.body)).toMatchObject({ id: first.id, read: true });
    expect(await h.prisma.messageRead.count({ where: { messageId: first.id } })).toBe(1);
    expect(await unread(nurse.token)).toBe(1);
    expect(await unread(colleague.token)).toBe(2);
    expect(
      (await inbox(nurse.token, `?filter=${encodeURIComponent('{"unread":true}')}`)).body.map((m) => m.text.fr),
    ).toEqual(['Deux']);
  });

  it('refuses a bad filter with a located problem', async () => {
    const nurse = await h.tokenFor('professional', 'IDE');
    const res = await h
      .request()
      .get(`/api/messages?filter=${encodeURIComponent('{"unread":"oui"}')}`)
      .auth(nurse.token, { type: 'bearer' })
      .expect(400);
    expect(JSON.stringify(res.body)).toContain('/query/filter/unread');
  });
});

describe('message deliveries', () => {
  it('lists dead letters with their last error for coordinators, who put them back in the queue', async () => {
    const coordinator = await h.tokenFor('coordinator');
    const user = await createUser(h.prisma, { role: 'coordinator' });
    const dead = await createOutboxMessage(h.prisma, { userId: user.id }, 'Perdu');
    await h.prisma.outboxMessage.update({
      where: { id: dead.id },
      data: { status: 'dead', attempts: 8, lastError: 'connect ECONNREFUSED 127.0.0.1:25' },
    });
    const res = await h
      .request()
      .get(`/api/message-deliveries?filter=${encodeURIComponent('{"status":"dead"}')}`)
      .auth(coordinator.token, { type: 'bearer' })
      .expect(200);
    const rows = res.body as Message[];
    expect(rows.map((m) => m.id)).toContain(dead.id);
    expect(rows.every((m) => m.delivery.status === 'dead')).toBe(true);
    expect(rows.find((m) => m.id === dead.id)!.delivery).toMatchObject({ attempts: 8, lastError: /ECONNREFUSED/ });

    const retried = await h
      .request()
      .post(`/api/message-deliveries/${dead.id}/retry`)
      .auth(coordinator.token, { type: 'bearer' })
      .expect(200);
    expect((retried.body as Message).delivery).toMatchObject({ status: 'pending', attempts: 0 });
    // Already back in the queue: a second retry is a conflict, not a silent success.
    const again = await h
      .request()
      .post(`/api/message-deliveries/${dead.id}/retry`)
      .auth(coordinator.token, { type: 'bearer' })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'not_dead_letter' });
  });

  it('shows a pool’s message to its members, and a commune’s to the professionals covering it', async () => {
    const profession = `Y${Date.now().toString(36)}`;
    const [member, covering, elsewhere] = [
      await h.tokenFor('professional', profession),
      await h.tokenFor('professional', profession),
      await h.tokenFor('professional', profession),
    ];
    const key = `equipe-${Date.now().toString(36)}`;
    await h.prisma.pool.create({ data: { key, label: 'Équipe', members: { create: { userId: member.userId } } } });
    await h.prisma.commune.upsert({
      where: { inseeCode: '44999' },
      create: { inseeCode: '44999', name: 'Essai' },
      update: {},
    });
    await h.prisma.userCommune.create({ data: { userId: covering.userId, communeCode: '44999' } });
    const journey = await createJourneyRow(h.prisma);
    const toPool = await createOutboxMessage(h.prisma, { pool: key }, 'Pour l’équipe', journey.id);
    const toCommune = await createOutboxMessage(h.prisma, { profession, communeCode: '44999' }, 'Commune', journey.id);
    expect((await inbox(member.token)).ids).toEqual([toPool.id]);
    expect((await inbox(covering.token)).ids).toEqual([toCommune.id]);
    expect((await inbox(elsewhere.token)).ids).toEqual([]);
  });
});
