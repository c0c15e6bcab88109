// Relay tests own their database: the relay claims every pending row, so rows of other tests must not be there.
import { afterAll, beforeAll } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@parcours/db';
import { createTestDatabase } from './test-database.ts';

export function useOwnDatabase(label: string): () => { prisma: PrismaClient; url: string } {
  let db: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let prisma: PrismaClient | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(label);
    prisma = createPrismaClient(db.url);
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });
  return () => ({ prisma: prisma!, url: db!.url });
}

/** Polls until fn returns a truthy value. */
export async function waitFor<T>(
  fn: () => Promise<T | null | undefined | false>,
  what: string,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
