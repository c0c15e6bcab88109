// A named pool of its own for one test (a unique key, so tests sharing the database never meet), with its members.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@parcours/db';

export async function createPool(prisma: PrismaClient, members: string[]): Promise<string> {
  const key = `pool-${randomUUID().slice(0, 8)}`;
  await prisma.pool.create({ data: { key, label: `Équipe ${key}` } });
  if (members.length) await prisma.poolMember.createMany({ data: members.map((userId) => ({ poolKey: key, userId })) });
  return key;
}
