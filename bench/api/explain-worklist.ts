// EXPLAIN ANALYZE of the worklist statement on the bench's base (not a test): `npx tsx bench/api/explain-worklist.ts`.
// Seeds bench/api's 50,000 open tasks, then gives the bench nurse a pool (3,000 of the pharmacists' tasks moved into
// it) and a covered commune (5,000 IDE tasks restricted to it, 5,000 to a commune she does not cover), and prints the
// plan of the very statement GET /api/tasks runs (listWorklist's SQL, captured), so each branch can be checked to be
// an ordered index scan that stops after the page, and each count an index(-only) scan.
import { Db, createPrismaClient, type PrismaClient } from '@parcours/db';
import { listWorklist, TOTAL_CAP } from '@parcours/api';
import { createTestDatabase } from '../../tests/support/test-database.ts';
import { seed } from './seed.ts';

const db = await createTestDatabase('explain');
try {
  const seeded = await seed(db.url);
  const prisma = createPrismaClient(db.url);
  const me = seeded.professionalId;
  await prisma.$executeRawUnsafe(
    `INSERT INTO "Commune"("inseeCode", name) VALUES ('44069', 'Guérande'), ('44055', 'La Baule')`,
  );
  await prisma.$executeRawUnsafe(`INSERT INTO "UserCommune"("userId", "communeCode") VALUES ('${me}', '44069')`);
  await prisma.$executeRawUnsafe(
    `INSERT INTO "Pool"(key, label, "updatedAt") VALUES ('ide-referente', 'IDE référente', now()), ('autre', 'Autre', now())`,
  );
  await prisma.$executeRawUnsafe(`INSERT INTO "PoolMember"("poolKey", "userId") VALUES ('ide-referente', '${me}')`);
  await prisma.$executeRawUnsafe(`UPDATE "Task" SET "assigneePoolKey" = 'ide-referente', "assigneeProfession" = NULL
    WHERE id IN (SELECT id FROM "Task" WHERE "assigneeProfession" = 'PHARMACIEN' LIMIT 3000)`);
  await prisma.$executeRawUnsafe(`UPDATE "Task" SET "assigneeCommuneCode" = CASE WHEN random() < 0.5 THEN '44069' ELSE '44055' END
    WHERE id IN (SELECT id FROM "Task" WHERE "assigneeProfession" = 'IDE' LIMIT 10000)`);
  await prisma.$executeRawUnsafe('VACUUM ANALYZE');
  // As authenticate gives it: her pools and communes read with her row.
  const user = {
    id: me,
    email: '',
    role: 'professional' as const,
    profession: 'IDE',
    reach: { pools: ['ide-referente'], communes: ['44069'] },
  };
  const options = {
    sort: { field: 'dueAt' as const, order: 'asc' as const },
    skip: 0,
    take: 25,
    countLimit: TOTAL_CAP + 1,
  };
  // Warm the caches, as the bench's run does, then capture the statement.
  await listWorklist(prisma, user, {}, options);
  let captured: Db.Prisma.Sql | undefined;
  const capture = new Proxy(prisma, {
    get: (target, prop, receiver) =>
      prop === '$queryRaw'
        ? (strings: TemplateStringsArray, ...values: unknown[]) => {
            captured = Db.Prisma.sql(strings, ...values);
            return Promise.resolve([]);
          }
        : Reflect.get(target, prop, receiver),
  }) as PrismaClient;
  await listWorklist(capture, user, {}, options);
  const plan = await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
    `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${captured!.text}`,
    ...captured!.values,
  );
  console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
  await prisma.$disconnect();
} finally {
  await db.drop();
}
