// What an assignment rule needs to know on the day a task (or an escalation, or a message) goes out, read in one query:
// the journey's patient's commune, their care team on that day (members whose period holds it, users still active),
// which of the pools the rules name have an active member, and which of the professions they name have an active
// professional covering the patient's commune. Only what the rules ask for is read: a plain `{ profession }` or
// `{ role }` rule reads nothing, so the common case costs no query at all.
import { Db, type PrismaClient } from '@parcours/db';
import type { Assignee, AssignmentContext, CareTeamMemberOnDay } from '@parcours/rules';

const { Prisma } = Db;

/** What the rules ask the database: care-team professions, pool keys, professions covering the patient's commune. */
export interface ContextNeeds {
  careTeam: string[];
  pools: string[];
  covering: string[];
}

export function contextNeeds(rules: readonly Assignee[]): ContextNeeds {
  const needs: ContextNeeds = { careTeam: [], pools: [], covering: [] };
  const add = (rule: Assignee) => {
    if ('careTeam' in rule) {
      needs.careTeam.push(rule.careTeam);
      for (const f of rule.fallback ?? []) add(f);
    } else if ('pool' in rule) needs.pools.push(rule.pool);
    else if ('profession' in rule && rule.coveringPatientCommune) needs.covering.push(rule.profession);
  };
  rules.forEach(add);
  return needs;
}

const EMPTY: AssignmentContext = { careTeam: [], patientCommune: null, reachablePools: [], coveringProfessions: [] };

type Row = {
  kind: 'member' | 'commune' | 'pool' | 'covering';
  key: string | null;
  role: string | null;
  since: string | null;
  profession: string | null;
};

/**
 * The context of `rules` for the journey's patient on `day` (yyyy-mm-dd, in France). A care-team period is
 * [startDate, endDate): a member whose period ends on that day is no longer in the team.
 */
export async function assignmentContext(
  prisma: PrismaClient,
  journeyId: string,
  rules: readonly Assignee[],
  day: string,
): Promise<AssignmentContext> {
  const needs = contextNeeds(rules);
  if (!needs.careTeam.length && !needs.pools.length && !needs.covering.length) return EMPTY;
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    WITH p AS (
      SELECT pa."id", pa."communeCode" FROM "Journey" j JOIN "Patient" pa ON pa."id" = j."patientId"
      WHERE j."id" = ${journeyId}::uuid
    )
    SELECT 'commune' AS kind, p."communeCode"::text AS key, NULL AS role, NULL AS since, NULL AS profession FROM p
    UNION ALL
    SELECT 'member', c."userId"::text, c."role", to_char(c."startDate", 'YYYY-MM-DD'), c."profession"
      FROM "CareTeamMember" c JOIN p ON c."patientId" = p."id" JOIN "User" u ON u."id" = c."userId"
      WHERE u."active" AND c."profession" = ANY(${needs.careTeam}::text[])
        AND c."startDate" <= ${day}::date AND (c."endDate" IS NULL OR c."endDate" > ${day}::date)
    UNION ALL
    SELECT DISTINCT 'pool', pm."poolKey", NULL, NULL, NULL
      FROM "PoolMember" pm JOIN "User" u ON u."id" = pm."userId"
      WHERE u."active" AND pm."poolKey" = ANY(${needs.pools}::text[])
    UNION ALL
    SELECT DISTINCT 'covering', u."profession", NULL, NULL, NULL
      FROM "UserCommune" uc JOIN p ON uc."communeCode" = p."communeCode" JOIN "User" u ON u."id" = uc."userId"
      WHERE u."active" AND u."role" = 'professional' AND u."profession" = ANY(${needs.covering}::text[])
  `);
  const careTeam: CareTeamMemberOnDay[] = rows
    .filter((r) => r.kind === 'member')
    .map((r) => ({
      userId: r.key!,
      profession: r.profession!,
      role: r.role === 'medecin-traitant' ? 'medecin-traitant' : 'intervenant',
      startDate: r.since!,
    }));
  return {
    careTeam,
    patientCommune: rows.find((r) => r.kind === 'commune')?.key ?? null,
    reachablePools: rows.filter((r) => r.kind === 'pool').map((r) => r.key!),
    coveringProfessions: rows.filter((r) => r.kind === 'covering').map((r) => r.key!),
  };
}

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in France of an instant: care-team periods are declared in French days (see the API's dates). */
export function dayInFrance(at: Date): string {
  return parisDay.format(at);
}
