// The e-mail of an outbox message. Its Message-ID is derived from the outbox id, so a message resent after a crash
// between sending and recording the send carries the same id and mail clients show it once. The body carries the
// message text only, never the patient's identity: health data stays in the back office, behind login and audit.
import type { SendMailOptions } from 'nodemailer';

export interface OutboxEmail {
  id: string;
  message: unknown;
  createdAt: Date;
}

export function messageIdOf(outboxId: string, domain: string): string {
  return `<outbox-${outboxId}@${domain}>`;
}

export function composeEmail(
  row: OutboxEmail,
  recipients: string[],
  options: { from: string; domain: string; appUrl?: string },
): SendMailOptions {
  const message = (row.message ?? {}) as { fr?: string; en?: string };
  const fr = message.fr ?? '';
  const firstLine = fr.split('\n')[0] ?? '';
  const subject = `[Parcours] ${firstLine.length > 90 ? `${firstLine.slice(0, 89)}…` : firstLine}`;
  const where = options.appUrl ? `${options.appUrl.replace(/\/$/, '')}/#/messages` : 'la rubrique « Messages »';
  const text = [
    fr,
    '',
    `Retrouvez ce message dans Parcours : ${where}`,
    ...(message.en ? ['', '—', message.en] : []),
  ].join('\n');
  return {
    from: options.from,
    // Blind copies: the professionals of a profession do not learn each other's addresses from the message.
    bcc: recipients,
    subject,
    text,
    messageId: messageIdOf(row.id, options.domain),
    date: row.createdAt,
    headers: { 'X-Parcours-Outbox-Id': row.id },
  };
}
