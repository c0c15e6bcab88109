// The demo CPTS's named pools, which parcours tasks may be assigned to (`assignee: { pool }`): the referent nurses
// (the demo nurse login and the first other demo nurse) and the coordination cell (the demo advanced-practice nurse,
// IPA, whose role includes coordinating care, with the demo nurse). Members are named by e-mail, since the demo logins
// have no fixed id. A pool that exists is left as it is, members included: an organiser may have changed it since.
import type { PrismaClient } from '../src/client.ts';

export const DEMO_POOLS = [
  {
    key: 'ide-referente',
    label: 'IDE référente de la CPTS',
    description: 'Les infirmières référentes : suivi à domicile quand le patient n’a pas d’infirmière déclarée.',
    members: (emails: DemoEmails) => [emails.nurseLogin, emails.nurses[0]],
  },
  {
    key: 'coordination-cpts',
    label: 'Cellule de coordination',
    description: 'Les professionnels qui coordonnent les situations complexes pour la CPTS.',
    members: (emails: DemoEmails) => [emails.ipa, emails.nurseLogin],
  },
] as const;

interface DemoEmails {
  nurseLogin: string;
  nurses: readonly string[];
  ipa: string | undefined;
}

type Person = { email: string; profession: string | null };

/** Creates the demo pools that do not exist yet, with their members; answers how many it created. */
export async function seedPools(prisma: PrismaClient, people: readonly Person[]) {
  const emails: DemoEmails = {
    nurseLogin: 'infirmiere@demo.cpts.fr',
    nurses: people.filter((p) => p.profession === 'IDE' && p.email !== 'infirmiere@demo.cpts.fr').map((p) => p.email),
    ipa: people.find((p) => p.profession === 'IPA')?.email,
  };
  let created = 0;
  for (const { members, ...pool } of DEMO_POOLS) {
    const { count } = await prisma.pool.createMany({ data: [pool], skipDuplicates: true });
    if (!count) continue;
    created++;
    const wanted = members(emails).filter((e): e is string => Boolean(e));
    const users = await prisma.user.findMany({
      where: { email: { in: wanted }, role: 'professional', active: true },
      select: { id: true },
    });
    await prisma.poolMember.createMany({
      data: users.map((u) => ({ poolKey: pool.key, userId: u.id })),
      skipDuplicates: true,
    });
  }
  return created;
}
