// Fault: the SMTP server goes down while messages keep arriving, then comes back. The relay keeps retrying with
// backoff (attempts counted, last error kept, nothing dead-lettered before its time), and once the server is back
// every message is delivered exactly once: nothing lost, nothing doubled, nothing stuck in pending.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelay, createSmtpTransport, messageIdOf, type Relay } from '@parcours/worker';
import { createUser } from '../support/factories.ts';
import { createJourneyRow, createOutboxMessage } from '../support/messages.ts';
import { useOwnDatabase, waitFor } from '../support/relay-database.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

const db = useOwnDatabase('smtp_outage');
let sink: SmtpSink;
let relay: Relay | undefined;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await relay?.stop();
  await sink.stop().catch(() => undefined);
});

describe('SMTP server down, then back', () => {
  it('retries with backoff during the outage and delivers every message once when the server returns', async () => {
    const { prisma } = db();
    const coordinator = await createUser(prisma, { role: 'coordinator' });
    const journey = await createJourneyRow(prisma);
    const domain = 'outage.test';
    relay = createRelay({
      prisma,
      transport: createSmtpTransport(sink.url),
      options: { messageIdDomain: domain, pollMs: 50, backoffBaseMs: 100, backoffMaxMs: 800, maxAttempts: 100 },
    });
    const before = await createOutboxMessage(prisma, { userId: coordinator.id }, 'Avant la panne', journey.id);
    relay.start();
    await waitFor(async () => sink.received.length === 1, 'the first message');

    await sink.stop();
    const during = [];
    for (let i = 0; i < 10; i++)
      during.push(await createOutboxMessage(prisma, { role: 'coordinator' }, `Pendant la panne ${i}`, journey.id));
    const ids = during.map((m) => m.id);
    // Every message is tried at least twice and kept pending, with the connection error recorded.
    await waitFor(async () => {
      const rows = await prisma.outboxMessage.findMany({ where: { id: { in: ids } } });
      return rows.every((r) => r.attempts >= 2 && r.status === 'pending' && /ECONNREFUSED/.test(r.lastError ?? ''));
    }, 'failed attempts during the outage');
    expect(sink.received).toHaveLength(1);

    await sink.restart();
    await waitFor(
      async () => (await prisma.outboxMessage.count({ where: { id: { in: ids }, status: 'sent' } })) === ids.length,
      'every message sent after the outage',
      30_000,
    );
    // A few more polls: nothing is sent again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await relay.stop();

    const expected = [before.id, ...ids].map((id) => messageIdOf(id, domain)).sort();
    expect(sink.received.map((m) => m.messageId).sort()).toEqual(expected);
    expect(await prisma.outboxMessage.count({ where: { status: { not: 'sent' } } })).toBe(0);
    const rows = await prisma.outboxMessage.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.sentAt !== null && r.lastError === null)).toBe(true);
  });
});
