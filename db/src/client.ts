// One way to open the database for the worker, the API, the seed and the tests: Prisma 7's engine-free client over
// node-postgres. Works the same against PostgreSQL and the embedded PGlite socket server used by `npm start`.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from './generated/client.js';
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

type Namer = (query: { sql: string }) => string | undefined;

// The pool under each client, for queryDirect: the same connections and the same statement names as Prisma's.
const direct = new WeakMap<PrismaClient, { pool: pg.Pool; name?: Namer }>();

export function createPrismaClient(connectionString: string, options: ClientOptions = {}): PrismaClient {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle connection's error (the server restarted) must not crash the process before Prisma adds its own listener;
  // the next query on it reports the failure.
  pool.on('error', () => undefined);
  const name = options.preparedStatements ? statementNamer() : undefined;
  const adapter = new PrismaPg(pool, {
    // Prisma's $disconnect ends the pool (a later query opens another from the same options).
    disposeExternalPool: true,
    // pg sends a query without a name unnamed: the namer answers undefined for texts it does not name.
    ...(name ? { statementNameGenerator: name as (query: { sql: string }) => string } : {}),
  });
  const prisma = new PrismaClient({ adapter });
  direct.set(prisma, { pool, ...(name ? { name } : {}) });
  return prisma;
}

/**
 * Rows of a statement run straight on the client's pool, outside any transaction, skipping Prisma's query pipeline
 * (about a sixth of the API's CPU on the worklist, bench/api): for the statements every request runs (authentication's
 * user read, the worklist, the batched audit insert). Values typed by node-postgres's defaults, as Prisma's raw queries give them for these statements
 * (timestamptz as Date, json parsed, int as number, arrays as arrays). A client not made here goes through $queryRaw.
 */
export async function queryDirect<Row>(prisma: PrismaClient, sql: Prisma.Sql): Promise<Row[]> {
  const own = direct.get(prisma);
  // After $disconnect the pool is ended and Prisma's next query opens another: go through Prisma then.
  if (!own || own.pool.ending) return prisma.$queryRaw<Row[]>(sql);
  const result = await own.pool.query({ text: sql.text, values: sql.values, name: own.name?.({ sql: sql.text }) });
  return result.rows as Row[];
}
