// One way to open the database for the worker, the API, the seed and the tests: Prisma 7's engine-free client over
// node-postgres. Works the same against PostgreSQL and the embedded PGlite socket server used by `npm start`.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.js';
import { statementNamer } from './statement-names.ts';

export type { PrismaClient } from './generated/client.js';
export * as Db from './generated/client.js';

export interface ClientOptions {
  /** Pool size (node-postgres). */
  max?: number;
  /**
   * Named (prepared) statements for the texts used repeatedly (statement-names.ts). Only against a real PostgreSQL:
   * never against the embedded PGlite store, whose single session the pool's connections share.
   */
  preparedStatements?: boolean;
}

export function createPrismaClient(connectionString: string, options: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString, max: options.max ?? 10 },
    // pg sends a query without a name unnamed: the namer answers undefined for texts it does not name.
    options.preparedStatements ? { statementNameGenerator: statementNamer() as (query: { sql: string }) => string } : {},
  );
  return new PrismaClient({ adapter });
}
