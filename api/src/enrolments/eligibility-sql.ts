// Eligibility evaluated by PostgreSQL for population scans (enrolment preview and job): the definition's rule and each
// of its parts compiled to SQL by @parcours/rules (conditionToSql), with the patient filter, in one statement. When the
// rule is not compilable the callers walk the patients in JavaScript as before (scan.ts); the answers are the same.
import { Db, errorChain, type PrismaClient } from '@parcours/db';
import { conditionToSql, isLeaf, validPatientToSql, type NestedCondition, type SqlText } from '@parcours/rules';
import type { ParcoursDefinition } from '@parcours/rules';
import { likeText } from '../http/like.ts';
import type { PatientFilter } from '../patients/schemas.ts';

const { Prisma } = Db;
type Sql = Db.Prisma.Sql;

/** How the statements name the patient row (the compiled conditions read it under this alias). */
const ROW = 'p';

/** Rendered text with $1…$n (each once, in order) as a Prisma.Sql, to splice into a statement with other values. */
export function toPrismaSql({ text, values }: SqlText): Sql {
  const strings = text.split(/\$\d+/);
  if (strings.length !== values.length + 1) throw new Error('Placeholders and values do not match');
  return new Prisma.Sql(strings, values as Db.Prisma.Sql['values']);
}

/**
 * Whether PostgreSQL refused the statement for a value it cannot convert (SQLSTATE class 22, data exception: say a
 * jsonb number in `extra` beyond float8). The caller then answers in JavaScript; any other error is a real one.
 */
export function isDataException(error: unknown): boolean {
  for (const c of errorChain(error)) {
    const code = String(c.originalCode ?? c.code ?? '');
    if (/^22[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}

/** The rule, its parts (see eligibilityParts) and the validity of a row, as SQL; undefined when not compilable. */
export interface EligibilitySql {
  valid: Sql;
  eligible: Sql;
  parts: Sql[];
}

export function eligibilitySql(
  def: ParcoursDefinition,
  parts: NestedCondition[],
  now: Date,
): EligibilitySql | undefined {
  const whole = conditionToSql(def.eligibility, now, { row: ROW });
  const each = parts.map((c) => conditionToSql(isLeaf(c) ? { all: [c] } : c, now, { row: ROW }));
  if (!whole.ok || each.some((e) => !e.ok)) return undefined;
  return {
    valid: toPrismaSql(validPatientToSql({ row: ROW })),
    eligible: toPrismaSql(whole),
    parts: each.map((e) => toPrismaSql(e as SqlText)),
  };
}

// Same day arithmetic as patientWhere (filter.ts), Date.UTC's roll-over of a missing 29 February included, so that a
// filter matches the same patients in both.
function yearsBefore(now: Date, years: number): string {
  return new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()))
    .toISOString()
    .slice(0, 10);
}

/** patientWhere (filter.ts) in SQL over the row `p`: the same patients, for statements Prisma's where cannot join. */
export function patientFilterSql(f: PatientFilter, now: Date): Sql {
  const c: Sql[] = [Prisma.sql`TRUE`];
  if (f.q) {
    const like = `%${likeText(f.q)}%`;
    c.push(Prisma.sql`(p."lastName" ILIKE ${like} OR p."firstName" ILIKE ${like})`);
  }
  if (f.sex) c.push(Prisma.sql`p."sex" = ${f.sex}`);
  if (f.ageMin !== undefined) c.push(Prisma.sql`p."birthDate" <= ${yearsBefore(now, f.ageMin)}::date`);
  if (f.ageMax !== undefined) c.push(Prisma.sql`p."birthDate" > ${yearsBefore(now, f.ageMax + 1)}::date`);
  if (f.conditions) c.push(Prisma.sql`p."conditions" @> ARRAY[${f.conditions}]::text[]`);
  if (f.ald) c.push(Prisma.sql`p."ald" @> ARRAY[${f.ald}]::text[]`);
  if (f.hasMedecinTraitant !== undefined) c.push(Prisma.sql`p."hasMedecinTraitant" = ${f.hasMedecinTraitant}`);
  if (f.communeCode) c.push(Prisma.sql`p."communeCode" = ${f.communeCode}`);
  if (f.objecting !== undefined)
    c.push(f.objecting ? Prisma.sql`p."objectingSince" IS NOT NULL` : Prisma.sql`p."objectingSince" IS NULL`);
  if (f.informed !== undefined)
    c.push(f.informed ? Prisma.sql`p."informedOn" IS NOT NULL` : Prisma.sql`p."informedOn" IS NULL`);
  if (f.id) c.push(Prisma.sql`p.id = ANY(${f.id}::uuid[])`);
  return Prisma.join(c, ' AND ');
}

export interface EligibilityCounts {
  matching: number;
  eligible: number;
  objecting: number;
  /** The first `listed` objectors' ids in id order (the order the page-by-page scan finds them). */
  objectorIds: string[];
  /** Per part, how many valid, non-objecting patients fail it (they are not eligible: the rule is all its parts). */
  failing: number[];
}

/**
 * The preview's figures in one pass over the matching patients: `count(*) FILTER (…)` per figure. Patients whose
 * record is invalid are matching but neither eligible nor failing, as in the scan. Failing a part implies failing the
 * rule (it is `all` of its parts), so a part is tested alone; a rule of one part is its own failing count.
 */
export async function countEligible(
  prisma: PrismaClient,
  sql: EligibilitySql,
  filter: PatientFilter,
  now: Date,
  listed: number,
): Promise<EligibilityCounts> {
  const considered = Prisma.sql`p."objectingSince" IS NULL AND ${sql.valid}`;
  const single = sql.parts.length === 1;
  const failing = single
    ? [Prisma.sql`count(*) FILTER (WHERE ${considered})::int`]
    : sql.parts.map((part) => Prisma.sql`count(*) FILTER (WHERE ${considered} AND NOT ${part})::int`);
  const where = patientFilterSql(filter, now);
  const [[row], objectors] = await Promise.all([
    prisma.$queryRaw<{ matching: number; eligible: number; objecting: number; failing: number[] }[]>`
      SELECT count(*)::int AS matching,
        count(*) FILTER (WHERE ${considered} AND ${sql.eligible})::int AS eligible,
        count(*) FILTER (WHERE p."objectingSince" IS NOT NULL)::int AS objecting,
        ARRAY[${Prisma.join(failing)}] AS failing
      FROM "Patient" p WHERE ${where}`,
    prisma.$queryRaw<{ id: string }[]>`
      SELECT p.id::text AS id FROM "Patient" p WHERE ${where} AND p."objectingSince" IS NOT NULL
      ORDER BY p.id LIMIT ${listed}`,
  ]);
  const failed = single ? [row!.failing[0]! - row!.eligible] : row!.failing;
  return { ...row!, failing: failed, objectorIds: objectors.map((o) => o.id) };
}

export interface SqlPageRow {
  id: string;
  objecting: boolean;
  valid: boolean;
  eligible: boolean;
  /** Per part: whether the patient meets it. */
  parts: boolean[];
}

/** One page of matching patients after `after` (id order), each with its verdicts computed by PostgreSQL. */
export function eligibilityPage(
  prisma: PrismaClient,
  sql: EligibilitySql,
  filter: PatientFilter,
  now: Date,
  after: string | undefined,
  pageSize: number,
): Promise<SqlPageRow[]> {
  const from = after ? Prisma.sql`AND p.id > ${after}::uuid` : Prisma.empty;
  const parts = sql.parts.length ? Prisma.join(sql.parts) : Prisma.sql`NULL::boolean`;
  return prisma.$queryRaw<SqlPageRow[]>`
    SELECT p.id::text AS id, p."objectingSince" IS NOT NULL AS objecting, ${sql.valid} AS valid,
      ${sql.eligible} AS eligible, ARRAY[${parts}] AS parts
    FROM "Patient" p WHERE ${patientFilterSql(filter, now)} ${from}
    ORDER BY p.id LIMIT ${pageSize}`;
}
