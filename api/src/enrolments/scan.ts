// Walks the patients a filter matches in id order, one page at a time, and keeps those eligible for a definition
// with its compiled predicate (≈100× faster than json-rules-engine: a 100,000-patient base scans in well under a
// second of CPU). Patients who object to the sharing of their data are set apart first, whatever the rule says. Shared
// by the enrolment job and its synchronous preview.
import type { NestedCondition, ParcoursDefinition } from '@parcours/rules';
import { compileCondition, isLeaf, eligibilityFacts } from '@parcours/rules';
import { patientRecordSelect, toPatientRecord, type PrismaClient } from '@parcours/db';
import { patientWhere } from '../patients/filter.ts';
import type { PatientFilter } from '../patients/schemas.ts';

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
  options: { pageSize?: number; after?: string; now?: Date } = {},
): AsyncGenerator<ScanPage> {
  const def = definitionBody as ParcoursDefinition;
  const predicate = compileCondition(def.eligibility);
  // Only ineligible patients run these, to say which condition kept them out.
  const parts = eligibilityParts(def).map((c) => compileCondition(isLeaf(c) ? { all: [c] } : c));
  const now = options.now ?? new Date();
  const where = patientWhere(filter, now);
  let cursor = options.after;
  for (;;) {
    const page = await prisma.patient.findMany({
      where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
      orderBy: { id: 'asc' },
      take: options.pageSize ?? 500,
      select: { ...patientRecordSelect, objectingSince: true },
    });
    if (!page.length) return;
    const eligible: string[] = [];
    const objecting: string[] = [];
    const invalid: ScanPage['invalid'] = [];
    const failing = parts.map(() => 0);
    for (const p of page) {
      if (p.objectingSince) {
        objecting.push(p.id);
        continue;
      }
      try {
        const facts = eligibilityFacts(toPatientRecord(p), now);
        if (predicate(facts, now)) eligible.push(p.id);
        else parts.forEach((part, i) => void (part(facts, now) ? null : failing[i]!++));
      } catch (error) {
        invalid.push({ patientId: p.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
    cursor = page[page.length - 1]!.id;
    yield { scanned: page.length, eligible, objecting, invalid, lastId: cursor, failing };
  }
}
