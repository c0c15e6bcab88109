// The outbox relay against a real PostgreSQL and a real SMTP server: who receives a message, that a message is sent
// once (even by two relays at once), that a crash between sending and recording resends it with the same Message-ID,
// and that failures back off and end in the dead letters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelay, createSmtpTransport, messageIdOf } from '@parcours/worker';
import { createUser } from '../support/factories.ts';
import { createOutboxMessage } from '../support/messages.ts';
import { useOwnDatabase, waitFor } from '../support/relay-database.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

const db = useOwnDatabase('relay');
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.stop();
});

const domain = 'relay.test';
function relay(options: Parameters<typeof createRelay>[0]['options'] = {}) {
  const transport = createSmtpTransport(sink.url);
  return createRelay({ prisma: db().prisma, transport, options: { messageIdDomain: domain, ...options } });
}
const mailsOf = (id: string) => sink.received.filter((m) => m.messageId === messageIdOf(id, domain));

describe('outbox relay', () => {
  it('e-mails the active users addressed, once, with a Message-ID derived from the outbox id', async () => {
    const { prisma } = db();
    const profession = `P${Date.now().toString(36)}`;
    const a = await createUser(prisma, { role: 'professional', profession });
    const b = await createUser(prisma, { role: 'professional', profession });
    const gone = await createUser(prisma, { role: 'professional', profession });
    await prisma.user.update({ where: { id: gone.id }, data: { active: false } });
    await createUser(prisma, { role: 'professional', profession: 'OTHER' });
    const message = await createOutboxMessage(prisma, { profession }, 'Bilan de fragilité à programmer');

    const r = relay();
    expect(await r.runOnce()).toBe(1);
    expect(await r.runOnce()).toBe(0);

    const mails = mailsOf(message.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.rcptTo).toEqual([a.email, b.email].sort());
    expect(mails[0]!.subject).toMatch(/Parcours.*Bilan/);
    expect(mails[0]!.raw).not.toContain('Test-'); // never the patient's name
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it('a message named to one person reaches that person only, even with their profession beside', async () => {
    const { prisma } = db();
    const nurse = await createUser(prisma, { role: 'professional', profession: 'IDE' });
    await createUser(prisma, { role: 'professional', profession: 'IDE' });
    const message = await createOutboxMessage(prisma, { profession: 'IDE', userId: nurse.id });
    await relay().runOnce();
    expect(mailsOf(message.id).map((m) => m.rcptTo)).toEqual([[nurse.email]]);
  });

  it('two relays polling together never send the same message twice', async () => {
    const { prisma } = db();
    const coordinator = await createUser(prisma, { role: 'coordinator' });
    const messages = [];
    for (let i = 0; i < 30; i++) messages.push(await createOutboxMessage(prisma, { userId: coordinator.id }));
    const first = relay({ batch: 5 });
    const second = relay({ batch: 5 });
    const drain = async (r: ReturnType<typeof relay>) => {
      while ((await r.runOnce()) > 0);
    };
    await Promise.all([drain(first), drain(second)]);
    for (const m of messages) expect(mailsOf(m.id)).toHaveLength(1);
    expect(await prisma.outboxMessage.count({ where: { id: { in: messages.map((m) => m.id) }, status: 'sent' } })).toBe(
      30,
    );
  });

  it('a relay that dies between sending and recording: the message is resent once, with the same Message-ID', async () => {
    const { prisma } = db();
    const coordinator = await createUser(prisma, { role: 'coordinator' });
    const message = await createOutboxMessage(prisma, { userId: coordinator.id });
    const real = createSmtpTransport(sink.url);
    // Sends, then never comes back: the process "died" before it could mark the row as sent.
    const dying = createRelay({
      prisma,
      transport: { sendMail: (mail) => real.sendMail(mail).then(() => new Promise<never>(() => undefined)) },
      options: { messageIdDomain: domain, leaseMs: 300 },
    });
    void dying.runOnce();
    await waitFor(async () => mailsOf(message.id).length === 1, 'the first send');
    // Within the lease nobody takes it again.
    expect(await relay().runOnce()).toBe(0);
    await new Promise((r) => setTimeout(r, 400));
    expect(await relay().runOnce()).toBe(1);
    const mails = mailsOf(message.id);
    expect(mails).toHaveLength(2);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(1);
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      status: 'sent',
      attempts: 2,
    });
    expect(await relay().runOnce()).toBe(0);
  });

  it('backs off exponentially after refusals, then dead-letters the message with the last error', async () => {
    const { prisma } = db();
    const coordinator = await createUser(prisma, { role: 'coordinator' });
    const message = await createOutboxMessage(prisma, { userId: coordinator.id });
    const r = relay({ maxAttempts: 3, backoffBaseMs: 300, backoffMaxMs: 10_000 });
    sink.refuseNext(10);
    try {
      const gaps: number[] = [];
      let row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
      for (let attempt = 1; attempt <= 2; attempt++) {
        await waitFor(async () => (await r.runOnce()) === 1, `attempt ${attempt}`);
        row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
        expect(row).toMatchObject({ status: 'pending', attempts: attempt });
        expect(row.lastError).toMatch(/451/);
        gaps.push(row.nextAttemptAt.getTime() - Date.now());
        // Not due yet: the next poll leaves it alone.
        expect(await r.runOnce()).toBe(0);
      }
      // 300 ms then 600 ms (minus the time the test took).
      expect(gaps[0]).toBeGreaterThan(100);
      expect(gaps[0]).toBeLessThanOrEqual(300);
      expect(gaps[1]).toBeGreaterThan(350);
      expect(gaps[1]).toBeLessThanOrEqual(600);
      await waitFor(async () => (await r.runOnce()) === 1, 'attempt 3');
      row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
      expect(row).toMatchObject({ status: 'dead', attempts: 3 });
      expect(row.lastError).toMatch(/451/);
      await new Promise((resolve) => setTimeout(resolve, 1300));
      expect(await r.runOnce()).toBe(0);
      expect(mailsOf(message.id)).toHaveLength(0);
    } finally {
      sink.refuseNext(0);
    }
  });

  it('a message to the patient goes to the dead letters at once, with the reason, since no address is known', async () => {
    const { prisma } = db();
    const message = await createOutboxMessage(prisma, { patient: true });
    expect(await relay().runOnce()).toBe(1);
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ status: 'dead', attempts: 1 });
    expect(row.lastError).toMatch(/patient/);
  });
});
