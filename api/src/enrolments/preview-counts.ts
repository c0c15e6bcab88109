// The enrolment preview's figures: one aggregate statement when the rule compiles to SQL (1,000,000 patients counted
// in well under 2 s, bench/eligibility/sql.ts), else the page-by-page JavaScript scan. Same figures either way.
import type { PrismaClient } from '@parcours/db';
import type { NestedCondition, ParcoursDefinition } from '@parcours/rules';
import type { PatientFilter } from '../patients/schemas.ts';
import { countEligible, eligibilitySql, isDataException, type EligibilityCounts } from './eligibility-sql.ts';
import { OBJECTORS_LISTED } from './objectors.ts';
import { scanEligible } from './scan.ts';

export async function previewCounts(
  prisma: PrismaClient,
  definition: ParcoursDefinition,
  parts: NestedCondition[],
  filter: PatientFilter,
  now = new Date(),
): Promise<EligibilityCounts> {
  const sql = eligibilitySql(definition, parts, now);
  if (sql) {
    try {
      return await countEligible(prisma, sql, filter, now, OBJECTORS_LISTED);
    } catch (error) {
      // PostgreSQL refused a value (an `extra` number beyond float8): JavaScript answers instead.
      if (!isDataException(error)) throw error;
    }
  }
  const counts: EligibilityCounts = {
    matching: 0,
    eligible: 0,
    objecting: 0,
    objectorIds: [],
    failing: parts.map(() => 0),
  };
  for await (const page of scanEligible(prisma, definition, filter, { pageSize: 2000, now, sql: false })) {
    counts.matching += page.scanned;
    counts.eligible += page.eligible.length;
    counts.objecting += page.objecting.length;
    counts.objectorIds.push(...page.objecting.slice(0, OBJECTORS_LISTED - counts.objectorIds.length));
    page.failing.forEach((n, i) => (counts.failing[i]! += n));
  }
  return counts;
}
