// Prepared statements on a real PostgreSQL (db/src/statement-names.ts): a text the client repeats is prepared once
// per connection under a name of its own, by Prisma's raw queries and queryDirect alike; a one-off text is not; and a
// client made without the option (the embedded PGlite store of `npm start`, whose connections share one session)
// prepares nothing. The API turns them on by default and `npm start` off on its embedded store.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, Db, queryDirect, type PrismaClient } from '@parcours/db';
import { apiConfigSchema } from '@parcours/api';

let prisma: PrismaClient | undefined;
afterEach(async () => {
  await prisma?.$disconnect();
  prisma = undefined;
});

// One connection, so the statements the client prepared are those of the session that reads pg_prepared_statements.
const prepared = (client: PrismaClient) =>
  queryDirect<{ name: string; statement: string }>(
    client,
    Db.Prisma.sql`SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'p\_%'`,
  );
const hot = (client: PrismaClient, n: number) =>
  queryDirect<{ n: number }>(client, Db.Prisma.sql`SELECT ${n}::int AS n, 'hot statement' AS label`);

describe('prepared statements', () => {
  it('prepares a repeated text once per connection, from its second use, for Prisma and queryDirect alike', async () => {
    prisma = createPrismaClient(inject('databaseUrl'), { max: 1, preparedStatements: true });
    await hot(prisma, 1);
    expect((await prepared(prisma)).filter((s) => s.statement.includes('hot statement'))).toEqual([]);
    expect(await hot(prisma, 2)).toEqual([{ n: 2, label: 'hot statement' }]);
    expect(await hot(prisma, 3)).toEqual([{ n: 3, label: 'hot statement' }]);
    const raw = () => prisma!.$queryRaw<{ n: number }[]>`SELECT ${4}::int AS n, 'raw statement' AS label`;
    for (let i = 0; i < 3; i++) expect(await raw()).toEqual([{ n: 4, label: 'raw statement' }]);
    const names = await prepared(prisma);
    expect(names.filter((s) => s.statement.includes('hot statement'))).toHaveLength(1);
    expect(names.filter((s) => s.statement.includes('raw statement'))).toHaveLength(1);
  });

  it('prepares nothing without the option', async () => {
    prisma = createPrismaClient(inject('databaseUrl'), { max: 1 });
    for (let i = 0; i < 3; i++) await hot(prisma, i);
    expect(await prepared(prisma)).toEqual([]);
  });

  it('is on by default in the API and off when configured so (npm start, on PGlite)', () => {
    const base = { DATABASE_URL: 'postgresql://localhost/x' };
    expect(apiConfigSchema.parse(base).DATABASE_PREPARED_STATEMENTS).toBe(true);
    expect(apiConfigSchema.parse({ ...base, DATABASE_PREPARED_STATEMENTS: 'false' }).DATABASE_PREPARED_STATEMENTS).toBe(
      false,
    );
  });
});
