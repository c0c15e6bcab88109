// One way to open the database for the worker, the API, the seed and the tests: Prisma 7's engine-free client over
// node-postgres. Works the same against PostgreSQL and the embedded PGlite socket server used by `npm start`.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.js';

export type { PrismaClient } from './generated/client.js';
export * as Db from './generated/client.js';

export function createPrismaClient(connectionString: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}
