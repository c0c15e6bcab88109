// What the demo motion needs from the seeded database: who acts (the demo login of each profession, the coordinator
// for role tasks) and the published definition each demo journey is pinned to.
import { findPublishedDefinition } from '@parcours/worker';
import type { PinnedDefinition, TaskAssigneeTarget } from '@parcours/worker';
import type { PrismaClient } from '@parcours/db';
import { demoLogins } from '@parcours/db/seed';

export interface DemoActors {
  coordinator: string;
  for: (assignee: TaskAssigneeTarget | undefined) => string;
}

/** The demo login of each profession (the first professional of it otherwise); the coordinator for role tasks. */
export async function demoActors(prisma: PrismaClient): Promise<DemoActors> {
  const users = await prisma.user.findMany({
    where: { email: { endsWith: '@demo.cpts.fr' } },
    orderBy: { email: 'asc' },
  });
  const logins = new Set<string>(demoLogins.map((u) => u.email));
  const byProfession = new Map<string, string>();
  for (const u of [...users].sort((a, b) => Number(logins.has(b.email)) - Number(logins.has(a.email))))
    if (u.profession && !byProfession.has(u.profession)) byProfession.set(u.profession, u.id);
  const coordinator = users.find((u) => u.email === 'coordination@demo.cpts.fr')?.id;
  if (!coordinator) throw new Error('The demo seed has not run: no coordination@demo.cpts.fr');
  return {
    coordinator,
    for: (assignee) => {
      if (assignee && 'userId' in assignee) return assignee.userId;
      return (assignee && 'profession' in assignee && byProfession.get(assignee.profession)) || coordinator;
    },
  };
}

export async function publishedDefinitions(
  prisma: PrismaClient,
  keys: string[],
): Promise<Map<string, PinnedDefinition>> {
  const out = new Map<string, PinnedDefinition>();
  for (const key of keys) {
    const pinned = await findPublishedDefinition(prisma, key);
    if (!pinned) throw new Error(`No published version of ${key}: run the demo seed first`);
    out.set(key, pinned);
  }
  return out;
}
