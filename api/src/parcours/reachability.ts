// Publish-time check that every assignment rule can reach someone today: a pool that does not exist or has no active
// member, a profession restricted to the patient's commune that no active professional covers anywhere, a care-team
// rule whose every fallback is unreachable. rules/ validates the shape; only the database knows the CPTS's people.
// A plain `{ profession }` rule (the territory-wide pool of definitions written before assignment rules) is not
// checked: it is what the shipped templates and older definitions say, and the profession's accounts may be created
// after the parcours is published.
import { locateIssue } from '@parcours/rules';
import type { Assignee, FallbackAssignee, ParcoursDefinition } from '@parcours/rules';
import type { PrismaClient } from '@parcours/db';
import type { FieldError } from '../http/errors.ts';

interface Located {
  pointer: string;
  rule: Assignee;
}

/** Every assignment rule of the definition, with its JSON pointer. */
function rulesOf(body: ParcoursDefinition): Located[] {
  const found: Located[] = [];
  body.steps.forEach((step, i) => {
    if (step.type === 'task') {
      found.push({ pointer: `/steps/${i}/assignee`, rule: step.assignee });
      if (step.escalation) found.push({ pointer: `/steps/${i}/escalation/to`, rule: step.escalation.to });
    } else if (step.type === 'notify' && !('patient' in step.to))
      found.push({ pointer: `/steps/${i}/to`, rule: step.to });
  });
  return found;
}

interface People {
  pools: Map<string, boolean>;
  professions: Set<string>;
  covering: Set<string>;
}

async function peopleFor(prisma: PrismaClient, rules: Located[]): Promise<People> {
  const pools = new Set<string>();
  const professions = new Set<string>();
  const visit = (r: Assignee | FallbackAssignee) => {
    if ('pool' in r) pools.add(r.pool);
    else if ('profession' in r) professions.add(r.profession);
    else if ('careTeam' in r) r.fallback?.forEach(visit);
  };
  rules.forEach((l) => visit(l.rule));
  const active = { role: 'professional' as const, active: true, profession: { in: [...professions] } };
  const [poolRows, withProfession, covering] = await Promise.all([
    pools.size
      ? prisma.pool.findMany({
          where: { key: { in: [...pools] } },
          select: { key: true, members: { where: { user: { active: true } }, select: { userId: true }, take: 1 } },
        })
      : [],
    professions.size ? prisma.user.groupBy({ by: ['profession'], where: active }) : [],
    professions.size
      ? prisma.user.groupBy({ by: ['profession'], where: { ...active, coveredCommunes: { some: {} } } })
      : [],
  ]);
  return {
    pools: new Map(poolRows.map((p) => [p.key, p.members.length > 0])),
    professions: new Set(withProfession.map((r) => r.profession!)),
    covering: new Set(covering.map((r) => r.profession!)),
  };
}

type Problem = Omit<FieldError, 'pointer' | 'location'> & { always?: boolean };

/** Why one target reaches nobody (null when it reaches someone); `always`: a mistake even among other fallbacks. */
function problemOf(r: FallbackAssignee, people: People, checkPlainProfession: boolean): Problem | null {
  if ('pool' in r) {
    const hasMember = people.pools.get(r.pool);
    if (hasMember === undefined)
      return {
        code: 'pool_unknown',
        message: `L’équipe de recours « ${r.pool} » n’existe pas`,
        params: { pool: r.pool },
        always: true,
      };
    return hasMember
      ? null
      : {
          code: 'pool_empty',
          message: `L’équipe de recours « ${r.pool} » n’a aucun membre actif`,
          params: { pool: r.pool },
        };
  }
  if ('profession' in r && r.coveringPatientCommune && !people.covering.has(r.profession))
    return {
      code: 'profession_covers_no_commune',
      message: `Aucun professionnel actif de la profession « ${r.profession} » ne déclare couvrir de commune`,
      params: { profession: r.profession },
    };
  if ('profession' in r && checkPlainProfession && !people.professions.has(r.profession))
    return {
      code: 'profession_unreachable',
      message: `Aucun professionnel actif de la profession « ${r.profession} »`,
      params: { profession: r.profession },
    };
  return null;
}

/** The located errors of the rules that reach no one; empty when every rule reaches someone. */
export async function unreachableAssignees(prisma: PrismaClient, body: ParcoursDefinition): Promise<FieldError[]> {
  const rules = rulesOf(body);
  if (!rules.length) return [];
  const people = await peopleFor(prisma, rules);
  const errors: FieldError[] = [];
  const push = (pointer: string, { always: _always, ...problem }: Problem) =>
    errors.push({ pointer: `/definition${pointer}`, ...problem, location: { ...locateIssue(body, pointer) } });
  for (const { pointer, rule } of rules) {
    if (!('careTeam' in rule)) {
      const problem = problemOf(rule, people, false);
      if (problem) push(pointer, problem);
      continue;
    }
    const fallbacks = (rule.fallback ?? []).map((f, i) => ({
      pointer: `${pointer}/fallback/${i}`,
      problem: problemOf(f, people, true),
    }));
    const noneReachable = fallbacks.length > 0 && fallbacks.every((f) => f.problem);
    if (noneReachable)
      push(pointer, {
        code: 'care_team_fallbacks_unreachable',
        message: `Aucun recours n’est joignable quand l’équipe de soins du patient n’a pas de ${rule.careTeam}`,
        params: { careTeam: rule.careTeam },
      });
    for (const f of fallbacks) if (f.problem && (noneReachable || f.problem.always)) push(f.pointer, f.problem);
  }
  return errors;
}
