// Boots the API from a config: database, Temporal client, express app, and a graceful shutdown that stops accepting
// connections, lets in-flight requests finish, then closes the pools.
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import { createPrismaClient } from '@parcours/worker';
import { createApp } from './app.ts';
import { TokenService } from './auth/tokens.ts';
import type { ApiConfig } from './config.ts';

export interface RunningApi {
  url: string;
  close: () => Promise<void>;
}

export async function startApi(config: ApiConfig): Promise<RunningApi> {
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'api' } });
  const prisma = createPrismaClient(config.DATABASE_URL);
  // lazy: the API starts (and reports Temporal as down in /api/health) even before Temporal is reachable.
  const connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const app = createApp({ config, prisma, temporal, tokens: new TokenService(config.JWT_SECRET) }, logger);
  const server = app.listen(config.PORT);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connection.close();
      await prisma.$disconnect();
    },
  };
}
