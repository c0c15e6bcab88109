// Eligibility counted by PostgreSQL: 1,000,000 patients seeded set-based in a throwaway database, then the enrolment
// preview's statement (countEligible: matching, eligible, objectors, failing per part) timed for each template, one
// statement counting the three templates at once, and the JavaScript scan (scanEligible without SQL) on a slice for
// comparison. Checks that SQL and JavaScript agree on that slice.
// Run: npx tsx bench/eligibility/sql.ts [patients] [js-slice]
import { createPrismaClient, Db } from '@parcours/db';
import { templates, conditionToSql, type ParcoursDefinition } from '@parcours/rules';
import { countEligible, eligibilityParts, eligibilitySql, scanEligible } from '@parcours/api';
import { loadavg } from 'node:os';
import { createTestDatabase } from '../../tests/support/test-database.ts';

const N = Number(process.argv[2] ?? 1_000_000);
const SLICE = Number(process.argv[3] ?? 100_000);
const now = new Date('2026-01-01T00:00:00Z');
const defs = Object.values(templates) as ParcoursDefinition[];
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const { Prisma } = Db;

const db = await createTestDatabase('bench_eligsql');
const prisma = createPrismaClient(db.url, { max: 4 });
try {
  console.log(
    `node ${process.version}, PostgreSQL ${(await prisma.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`)[0]!.v}`,
  );
  console.log(
    `load average before seeding: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  let t0 = process.hrtime.bigint();
  // Shapes of bench/eligibility/patients.ts (age 18–100, each condition and ALD 15 %, a discharge in the last 90 days
  // for 30 %, a médecin traitant for 85 %), drawn by PostgreSQL's seeded random() instead of the seed's PRNG: the
  // same population every run without a million round trips. 1 % object to the sharing of their data.
  await prisma.$executeRawUnsafe(`SELECT setseed(0.42)`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, "displayName", role, profession, "updatedAt")
    SELECT gen_random_uuid(), 'mg' || g || '@bench.test', 'MG ' || g, 'professional', 'MG', now()
    FROM generate_series(1, 50) g`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Patient" (id, "firstName", "lastName", "birthDate", sex, conditions, ald, "hasMedecinTraitant",
      "lastDischargeAt", "objectingSince", "updatedAt")
    SELECT gen_random_uuid(), 'P' || g, 'Bench',
      DATE '${now.toISOString().slice(0, 10)}' - ((18 + random() * 82) * 365.25)::int,
      CASE WHEN random() < 0.5 THEN 'F' ELSE 'M' END,
      ARRAY(SELECT c FROM unnest(ARRAY['diabete-type-2', 'insuffisance-cardiaque', 'bpco', 'hta', 'avc', 'cancer']) c
            WHERE random() < 0.15 AND g > 0),
      ARRAY(SELECT a FROM unnest(ARRAY['8', '5', '14', '12', '30', '23']) a WHERE random() < 0.15 AND g > 0),
      random() < 0.85,
      CASE WHEN random() < 0.3 THEN TIMESTAMPTZ '${now.toISOString()}' - random() * INTERVAL '90 days' END,
      CASE WHEN random() < 0.01 THEN DATE '2025-06-01' END,
      now()
    FROM generate_series(1, ${N}) g`);
  // The exclusion constraint (one médecin traitant at a time) would cost minutes of GiST inserts; reads never use it.
  await prisma.$executeRawUnsafe(
    `ALTER TABLE "CareTeamMember" DROP CONSTRAINT "CareTeamMember_one_medecin_traitant", DROP CONSTRAINT IF EXISTS "CareTeamMember_no_overlap_per_user"`,
  );
  await prisma.$executeRawUnsafe(`
    INSERT INTO "CareTeamMember" (id, "patientId", "userId", role, profession, "startDate")
    SELECT gen_random_uuid(), p.id, u.id, 'medecin-traitant', 'MG', DATE '2020-01-01'
    FROM "Patient" p
    JOIN (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM "User") u ON u.n = abs(hashtext(p.id::text)) % 50
    WHERE p."hasMedecinTraitant"`);
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE "Patient"`);
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE "CareTeamMember"`);
  console.log(`seeded ${N.toLocaleString('en-US')} patients in ${(ms(t0) / 1000).toFixed(1)} s`);
  console.log(
    `load average before timing: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  // The preview's statement, per template, three runs each (the first one warms the cache).
  const eligibleBySql: number[] = [];
  for (const def of defs) {
    const parts = eligibilityParts(def);
    const sql = eligibilitySql(def, parts, now)!;
    const times: number[] = [];
    let counts;
    for (let run = 0; run < 3; run++) {
      t0 = process.hrtime.bigint();
      counts = await countEligible(prisma, sql, {}, now, 100);
      times.push(ms(t0));
    }
    eligibleBySql.push(counts!.eligible);
    console.log(
      `preview statement ${def.key.padEnd(22)} ${times.map((t) => t.toFixed(0)).join(' / ')} ms ` +
        `(matching ${counts!.matching}, eligible ${counts!.eligible}, objecting ${counts!.objecting}, failing ${counts!.failing.join(',')})`,
    );
  }

  // The three templates in one statement (eligibility counts only).
  const compiled = defs.map((d) => conditionToSql(d.eligibility, now, { row: 'p' }));
  const filters = compiled.map((c) => {
    if (!c.ok) throw new Error(c.reason);
    const strings = c.text.split(/\$\d+/);
    return Prisma.sql`count(*) FILTER (WHERE p."objectingSince" IS NULL AND ${new Prisma.Sql(strings, c.values as never)})::int`;
  });
  for (let run = 0; run < 3; run++) {
    t0 = process.hrtime.bigint();
    const [row] = await prisma.$queryRaw<{ counts: number[] }[]>`
      SELECT ARRAY[${Prisma.join(filters)}] AS counts FROM "Patient" p`;
    console.log(`one statement, three templates: ${ms(t0).toFixed(0)} ms (${row!.counts.join(', ')})`);
  }

  // EXPLAIN of the post-hospitalisation preview statement: does an index matter? (matching counts every row anyway.)
  const post = defs.find((d) => d.key === 'post-hospitalisation')!;
  const c = conditionToSql(post.eligibility, now, { row: 'p' });
  if (c.ok) {
    const plan = await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT count(*), count(*) FILTER (WHERE ${c.text}) FROM "Patient" p`,
      ...c.values,
    );
    console.log(plan.map((r) => `  ${r['QUERY PLAN']}`).join('\n'));
  }

  // JavaScript scan (the fallback) over the first SLICE patients, and the SQL pages over the same slice.
  for (const def of defs.slice(0, 1)) {
    for (const sql of [false, true]) {
      let scanned = 0;
      let eligible = 0;
      t0 = process.hrtime.bigint();
      for await (const page of scanEligible(prisma, def, {}, { now, pageSize: 1000, sql })) {
        scanned += page.scanned;
        eligible += page.eligible.length;
        if (scanned >= SLICE) break;
      }
      const t = ms(t0);
      console.log(
        `scanEligible ${sql ? 'SQL pages ' : 'JavaScript'} ${def.key}: ${scanned.toLocaleString('en-US')} patients in ${t.toFixed(0)} ms ` +
          `(${Math.round((scanned / t) * 1000).toLocaleString('en-US')} patients/s; eligible ${eligible})`,
      );
    }
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await prisma.$disconnect();
  await db.drop();
}
