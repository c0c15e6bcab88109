// Starts the outbox relay of a worker process when SMTP_URL is set; without it, messages are only shown in the inbox.
import type { Logger } from 'pino';
import type { WorkerConfig } from '../config.ts';
import type { PrismaClient } from '@parcours/db';
import { createRelay, type Relay } from './relay.ts';
import { createSmtpTransport } from './transport.ts';

export function startRelayFromConfig(config: WorkerConfig, prisma: PrismaClient, parent: Logger): Relay | undefined {
  if (!config.SMTP_URL) return undefined;
  const logger = parent.child({ component: 'outbox-relay' });
  const fromDomain = /@([^>\s]+)>?$/.exec(config.SMTP_FROM)?.[1] ?? 'parcours.invalid';
  const relay = createRelay({
    prisma,
    transport: createSmtpTransport(config.SMTP_URL),
    logger,
    options: {
      maxAttempts: config.RELAY_MAX_ATTEMPTS,
      pollMs: config.RELAY_POLL_MS,
      from: config.SMTP_FROM,
      messageIdDomain: fromDomain,
      ...(config.APP_URL ? { appUrl: config.APP_URL } : {}),
    },
  });
  relay.start();
  logger.info({ host: new URL(config.SMTP_URL).host }, 'outbox relay started');
  return relay;
}
