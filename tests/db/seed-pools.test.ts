// The demo seed's named pools: « IDE référente de la CPTS » with the demo nurse login and another demo nurse, « Cellule
// de coordination » with the demo IPA and the demo nurse; seeding again changes nothing, and leaves alone a pool an
// organiser changed since. Its own database: the demo seed writes fixed e-mails and keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@parcours/db';
import { seedDemo } from '@parcours/db/seed';
import { hashPassword } from '@parcours/api';
import { createTestDatabase } from '../support/test-database.ts';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase('seed_pools');
  prisma = createPrismaClient(db.url);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

const membersOf = async (poolKey: string) =>
  (
    await prisma.poolMember.findMany({
      where: { poolKey },
      select: { user: { select: { email: true, profession: true, role: true } } },
    })
  ).map((m) => m.user);

describe('demo seed: pools', () => {
  it('creates the two pools with professional members, once', async () => {
    const first = await seedDemo(prisma, { hashPassword, patients: 20 });
    expect(first.pools).toBe(2);
    expect(await prisma.pool.findUniqueOrThrow({ where: { key: 'ide-referente' } })).toMatchObject({
      label: 'IDE référente de la CPTS',
    });
    const referents = await membersOf('ide-referente');
    expect(referents).toHaveLength(2);
    expect(referents.map((m) => m.email)).toContain('infirmiere@demo.cpts.fr');
    expect(referents.every((m) => m.role === 'professional' && m.profession === 'IDE')).toBe(true);
    const coordination = await membersOf('coordination-cpts');
    expect(coordination.map((m) => m.profession).sort()).toEqual(['IDE', 'IPA']);
    expect(coordination.every((m) => m.role === 'professional')).toBe(true);

    // The demo professionals carry an RPPS number and covered communes (the care-team seed).
    const nurse = await prisma.user.findUniqueOrThrow({
      where: { email: 'infirmiere@demo.cpts.fr' },
      include: { coveredCommunes: true },
    });
    expect(nurse.rpps).toMatch(/^\d{11}$/);
    expect(nurse.coveredCommunes.length).toBeGreaterThan(0);

    // An organiser empties a pool; seeding again neither re-creates nor refills anything.
    await prisma.poolMember.deleteMany({ where: { poolKey: 'coordination-cpts' } });
    const again = await seedDemo(prisma, { hashPassword, patients: 20 });
    expect(again.pools).toBe(0);
    expect(await prisma.pool.count()).toBe(2);
    expect(await membersOf('coordination-cpts')).toEqual([]);
    expect(await membersOf('ide-referente')).toHaveLength(2);
  });
});
