// Rows the worker benches start journeys from: a published definition written straight to the table (the bench measures
// the worker, not publishing) and patients created in batches of 1,000.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@parcours/db';
import type { ParcoursDefinition } from '@parcours/rules';
import type { PinnedDefinition } from '@parcours/worker';

export async function publish(prisma: PrismaClient, body: ParcoursDefinition): Promise<PinnedDefinition> {
  const hash = randomUUID();
  const row = await prisma.parcoursDefinition.create({
    data: { key: body.key, version: 1, status: 'published', title: body.title.fr, body: body as object, hash },
  });
  return { id: row.id, key: body.key, version: 1, hash, body };
}

export async function patients(prisma: PrismaClient, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  for (let i = 0; i < n; i += 1000)
    await prisma.patient.createMany({
      data: ids.slice(i, i + 1000).map((id) => ({
        id,
        firstName: 'Bench',
        lastName: id.slice(0, 8),
        birthDate: new Date('1950-01-01'),
        sex: 'F',
      })),
    });
  return ids;
}
