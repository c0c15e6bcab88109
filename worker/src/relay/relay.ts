// The outbox relay: delivers pending messages by e-mail, at least once, idempotent by message id (the Message-ID header
// comes from the outbox id and a sent row is never claimed again). It runs in each worker process, independent of
// Temporal, so mail still leaves while the Temporal server is down and a crashed workflow cannot stall delivery.
import type { Transporter } from 'nodemailer';
import type { PrismaClient } from '@parcours/db';
import { backoffDelayMs } from './backoff.ts';
import { claimDueMessages, markFailed, markSent, type ClaimedMessage } from './claim.ts';
import { composeEmail } from './compose.ts';
import { resolveRecipientEmails, UndeliverableError } from './recipients.ts';

export interface RelayOptions {
  /** Attempts before a message goes to the dead letters. */
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long a claimed message stays reserved for the relay sending it (longer than an SMTP exchange can take). */
  leaseMs: number;
  pollMs: number;
  batch: number;
  from: string;
  /** Domain of the Message-ID header. */
  messageIdDomain: string;
  /** Back-office address linked from the e-mail. */
  appUrl?: string;
}

export const defaultRelayOptions: RelayOptions = {
  maxAttempts: 8,
  backoffBaseMs: 30_000,
  backoffMaxMs: 3_600_000,
  leaseMs: 120_000,
  pollMs: 5_000,
  batch: 20,
  from: 'Parcours <no-reply@parcours.invalid>',
  messageIdDomain: 'parcours.invalid',
};

export interface RelayLogger {
  info: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

export interface Relay {
  /** Claims and delivers one batch; returns how many messages it handled (sent or failed). */
  runOnce: () => Promise<number>;
  /** Polls until stop(); a failing database or SMTP server is logged and retried, never fatal. */
  start: () => void;
  stop: () => Promise<void>;
}

export function createRelay(deps: {
  prisma: PrismaClient;
  transport: Pick<Transporter, 'sendMail'>;
  options?: Partial<RelayOptions>;
  logger?: RelayLogger;
}): Relay {
  const options = { ...defaultRelayOptions, ...deps.options };
  const { prisma, transport } = deps;
  const logger = deps.logger ?? silentLogger;

  async function deliver(row: ClaimedMessage): Promise<void> {
    try {
      const recipients = await resolveRecipientEmails(prisma, row.recipient);
      await transport.sendMail(composeEmail(row, recipients, { ...options, domain: options.messageIdDomain }));
      await markSent(prisma, row.id);
      logger.info({ messageId: row.id, attempts: row.attempts, recipients: recipients.length }, 'message sent');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const dead = error instanceof UndeliverableError || row.attempts >= options.maxAttempts;
      const delayMs = backoffDelayMs(row.attempts, { baseMs: options.backoffBaseMs, maxMs: options.backoffMaxMs });
      await markFailed(prisma, row.id, reason, dead ? { dead: true } : { dead: false, delayMs });
      logger.warn({ messageId: row.id, attempts: row.attempts, dead, reason }, 'message not delivered');
    }
  }

  async function runOnce(): Promise<number> {
    const rows = await claimDueMessages(prisma, options.batch, options.leaseMs);
    // One at a time: an SMTP relay is happier with a steady stream than a burst, and the batch is small.
    for (const row of rows) await deliver(row);
    return rows.length;
  }

  let stopped = true;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  async function poll(): Promise<void> {
    while (!stopped) {
      let handled = 0;
      try {
        handled = await runOnce();
      } catch (error) {
        logger.error({ err: error }, 'outbox relay: claim failed, retrying');
      }
      if (handled < options.batch && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, options.pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  return {
    runOnce,
    start: () => {
      if (!stopped) return;
      stopped = false;
      loop = poll();
    },
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}

const silentLogger: RelayLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
