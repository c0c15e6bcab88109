// Walks the patients a filter matches in id order, one page at a time, and keeps those eligible for a definition.
// When the rule compiles to SQL (eligibility-sql.ts) PostgreSQL says, for each patient of the page, whether it is
// eligible and which parts of the rule it fails; otherwise the compiled predicate runs on each patient's facts here
// (≈100× faster than json-rules-engine). Either way the answers are the same. Patients who object to the sharing of
// their data are set apart first, whatever the rule says. Shared by the enrolment job and its synchronous preview.
import type { NestedCondition, ParcoursDefinition, Predicate } from '@parcours/rules';
import { compileCondition, isLeaf, eligibilityFacts } from '@parcours/rules';
import { patientRecordSelect, toPatientRecord, type PrismaClient } from '@parcours/db';
import { patientWhere } from '../patients/filter.ts';
import type { PatientFilter } from '../patients/schemas.ts';
import { eligibilityPage, eligibilitySql, isDataException, type EligibilitySql } from './eligibility-sql.ts';

export interface ScanPage {
  scanned: number;
  eligible: string[];
  /** Patients who object to the sharing of their data: set apart before eligibility, never enrolled. */
  objecting: string[];
  /** Patients whose record cannot be turned into facts (bad data): reported, not enrolled. */
  invalid: { patientId: string; message: string }[];
  lastId: string;
  /** For each part of the eligibility rule (see eligibilityParts), how many patients of the page fail it. */
  failing: number[];
}

/** The conditions a patient must all meet: the children of a top-level `all`, else the whole rule. */
export function eligibilityParts(def: ParcoursDefinition): NestedCondition[] {
  const rule = def.eligibility as NestedCondition;
  return 'all' in rule && rule.all.length ? rule.all : [rule];
}

export async function* scanEligible(
  prisma: PrismaClient,
  definitionBody: unknown,
  filter: PatientFilter,
  options: { pageSize?: number; after?: string; now?: Date; sql?: boolean } = {},
): AsyncGenerator<ScanPage> {
  const def = definitionBody as ParcoursDefinition;
  const predicate = compileCondition(def.eligibility);
  const ruleParts = eligibilityParts(def);
  // Only ineligible patients run these, to say which condition kept them out.
  const parts = ruleParts.map((c) => compileCondition(isLeaf(c) ? { all: [c] } : c));
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? 500;
  let sql = options.sql === false ? undefined : eligibilitySql(def, ruleParts, now);
  let cursor = options.after;
  for (;;) {
    let page: ScanPage | undefined;
    if (sql) {
      try {
        page = await sqlPage(prisma, sql, filter, now, cursor, pageSize, predicate, parts);
      } catch (error) {
        // A value PostgreSQL refuses (say a jsonb number beyond float8 in `extra`): JavaScript takes over from this
        // page on, with the same answers.
        if (!isDataException(error)) throw error;
        sql = undefined;
      }
    }
    page ??= await jsPage(prisma, predicate, parts, filter, now, cursor, pageSize);
    if (!page.scanned) return;
    cursor = page.lastId;
    yield page;
  }
}

/** A page evaluated in JavaScript: each patient's facts, the compiled predicate, and the parts for the others. */
async function jsPage(
  prisma: PrismaClient,
  predicate: Predicate,
  parts: Predicate[],
  filter: PatientFilter,
  now: Date,
  cursor: string | undefined,
  pageSize: number,
): Promise<ScanPage> {
  const where = patientWhere(filter, now);
  const page = await prisma.patient.findMany({
    where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
    orderBy: { id: 'asc' },
    take: pageSize,
    select: { ...patientRecordSelect, objectingSince: true },
  });
  const eligible: string[] = [];
  const objecting: string[] = [];
  const invalid: ScanPage['invalid'] = [];
  const failing = parts.map(() => 0);
  for (const p of page) {
    if (p.objectingSince) objecting.push(p.id);
    else judgeInJs(p, now, predicate, parts, { eligible, invalid, failing });
  }
  return { scanned: page.length, eligible, objecting, invalid, lastId: page.at(-1)?.id ?? '', failing };
}

/**
 * A page evaluated by PostgreSQL. The few records it finds invalid are read again and their facts computed here, for
 * the very message the JavaScript scan reports (and, were one valid after all, the JavaScript verdict).
 */
async function sqlPage(
  prisma: PrismaClient,
  sql: EligibilitySql,
  filter: PatientFilter,
  now: Date,
  cursor: string | undefined,
  pageSize: number,
  predicate: Predicate,
  parts: Predicate[],
): Promise<ScanPage> {
  const rows = await eligibilityPage(prisma, sql, filter, now, cursor, pageSize);
  const eligible: string[] = [];
  const objecting: string[] = [];
  const suspect: string[] = [];
  const failing = parts.map(() => 0);
  for (const r of rows) {
    if (r.objecting) objecting.push(r.id);
    else if (!r.valid) suspect.push(r.id);
    else if (r.eligible) eligible.push(r.id);
    else r.parts.forEach((met, i) => void (met ? null : failing[i]!++));
  }
  const invalid: ScanPage['invalid'] = [];
  if (suspect.length) {
    const records = await prisma.patient.findMany({ where: { id: { in: suspect } }, select: patientRecordSelect });
    for (const p of records.sort((a, b) => (a.id < b.id ? -1 : 1)))
      judgeInJs(p, now, predicate, parts, { eligible, invalid, failing });
  }
  return { scanned: rows.length, eligible, objecting, invalid, lastId: rows.at(-1)?.id ?? '', failing };
}

/**
 * One record judged in JavaScript, counted into its page: eligible, or failing the parts it fails, or invalid with the
 * message its facts could not be built for. Shared by the JavaScript scan and the SQL scan's re-read of suspect rows.
 */
function judgeInJs(
  record: Parameters<typeof toPatientRecord>[0] & { id: string },
  now: Date,
  predicate: Predicate,
  parts: Predicate[],
  page: Pick<ScanPage, 'eligible' | 'invalid' | 'failing'>,
): void {
  try {
    const facts = eligibilityFacts(toPatientRecord(record), now);
    if (predicate(facts, now)) page.eligible.push(record.id);
    else parts.forEach((part, i) => void (part(facts, now) ? null : page.failing[i]!++));
  } catch (error) {
    page.invalid.push({ patientId: record.id, message: error instanceof Error ? error.message : String(error) });
  }
}
