// Boots the API from a config: database, Temporal client, express app, the enrolment jobs a previous process left
// unfinished, the sweep that cancels the journeys of objecting patients Temporal could not be reached for, and a
// graceful shutdown that stops accepting connections, lets in-flight requests and the current
// enrolment pages finish, stops the replay worker of auditors' replays, writes the queued audit rows, then closes the
// pools.
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import { createPrismaClient } from '@parcours/db';
import { closeReplays } from '@parcours/worker';
import { createApp, enrolmentRunnerOf } from './app.ts';
import { flushAudit } from './audit/record.ts';
import { TokenService } from './auth/tokens.ts';
import { startObjectionSweep } from './patients/say/objection-cancellations.ts';
import type { ApiConfig } from './config.ts';

export interface RunningApi {
  url: string;
  close: () => Promise<void>;
}

export async function startApi(config: ApiConfig): Promise<RunningApi> {
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'api' } });
  const prisma = createPrismaClient(config.DATABASE_URL, {
    max: config.DATABASE_POOL_MAX,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
  });
  // lazy: the API starts (and reports Temporal as down in /api/health) even before Temporal is reachable.
  const connection = Connection.lazy({
    address: config.TEMPORAL_ADDRESS,
    connectTimeout: config.TEMPORAL_CALL_TIMEOUT_MS,
  });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const deps = { config, prisma, temporal };
  const app = createApp({ ...deps, tokens: new TokenService(config.JWT_SECRET) }, logger);
  const enrolments = enrolmentRunnerOf(app);
  const server = app.listen(config.PORT);
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const resumed = await enrolments.startSweeping();
  if (resumed) logger.info({ resumed }, 'resumed unfinished enrolments');
  const objections = startObjectionSweep(deps, logger);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await enrolments.stop();
      await objections.stop();
      await closeReplays();
      await flushAudit(prisma);
      await connection.close();
      await prisma.$disconnect();
    },
  };
}
