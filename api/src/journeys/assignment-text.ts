// Who a task (an escalation, a message) went to and why, in words, for the journey's history: the worker records the
// resolved target and the rule's reason (ids and codes); this names the person, the pool and the commune.
import { explainAssignment } from '@parcours/rules';
import type { Assignee, AssignmentReason } from '@parcours/rules';
import type { TaskAssigneeTarget, TimelineEvent } from '@parcours/rules/contract';
import type { PrismaClient } from '@parcours/db';

type Text = { fr: string; en: string };
type Rule = { careTeam?: string; fallback?: Record<string, unknown>[] };

export interface AssignmentNames {
  users: Map<string, string>;
  pools: Map<string, string>;
  communes: Map<string, string>;
}

const ASSIGNED_KINDS = new Set(['task-opened', 'escalation', 'notify']);

const targetOf = (e: TimelineEvent) =>
  (e.kind === 'notify' ? e.detail?.recipient : e.detail?.assignee) as TaskAssigneeTarget | undefined;

/** The names the events' targets and reasons mention, read in three small queries. */
export async function assignmentNames(prisma: PrismaClient, events: TimelineEvent[]): Promise<AssignmentNames> {
  const users = new Set<string>();
  const pools = new Set<string>();
  const communes = new Set<string>();
  for (const e of events) {
    if (!ASSIGNED_KINDS.has(e.kind)) continue;
    const t = (targetOf(e) ?? {}) as Record<string, string | undefined>;
    if (t.userId && /^[0-9a-f-]{36}$/i.test(t.userId)) users.add(t.userId);
    if (t.pool) pools.add(t.pool);
    if (t.communeCode) communes.add(t.communeCode);
    const rule = (e.kind === 'escalation' ? e.detail?.to : e.kind === 'notify' ? e.detail?.to : e.detail?.rule) as
      Rule | undefined;
    for (const f of rule?.fallback ?? []) if (typeof f.pool === 'string') pools.add(f.pool);
  }
  const [u, p, c] = await Promise.all([
    users.size
      ? prisma.user.findMany({ where: { id: { in: [...users] } }, select: { id: true, displayName: true } })
      : [],
    pools.size ? prisma.pool.findMany({ where: { key: { in: [...pools] } }, select: { key: true, label: true } }) : [],
    communes.size
      ? prisma.commune.findMany({
          where: { inseeCode: { in: [...communes] } },
          select: { inseeCode: true, name: true },
        })
      : [],
  ]);
  return {
    users: new Map(u.map((x) => [x.id, x.displayName])),
    pools: new Map(p.map((x) => [x.key, x.label])),
    communes: new Map(c.map((x) => [x.inseeCode, x.name])),
  };
}

/** « Dr Martin », « l’équipe « IDE référente » », « les IDE couvrant Guérande », « la coordination ». */
export function whoText(target: TaskAssigneeTarget, names: AssignmentNames): Text {
  if ('userId' in target) {
    const name = names.users.get(target.userId) ?? target.userId;
    return { fr: name, en: name };
  }
  if ('pool' in target) {
    const label = names.pools.get(target.pool) ?? target.pool;
    return { fr: `l’équipe « ${label} »`, en: `the "${label}" team` };
  }
  if ('profession' in target) {
    if (!target.communeCode) return { fr: `les ${target.profession}`, en: `the ${target.profession} professionals` };
    const commune = names.communes.get(target.communeCode) ?? target.communeCode;
    return {
      fr: `les ${target.profession} couvrant ${commune}`,
      en: `the ${target.profession} professionals covering ${commune}`,
    };
  }
  return target.role === 'coordinator'
    ? { fr: 'la coordination', en: 'the coordination' }
    : { fr: `le rôle ${target.role}`, en: `the ${target.role} role` };
}

/** Why the rule chose its target, worded by rules/' explainAssignment (the Tester's wording); null for a plain rule. */
export function whyText(rule: Rule | undefined, reason: AssignmentReason, names: AssignmentNames): Text | null {
  if (reason.kind === 'rule') return null;
  const asWritten = (rule ?? { careTeam: 'careTeam' in reason ? (reason.careTeam ?? '') : '' }) as Assignee;
  const known = { pools: Object.fromEntries(names.pools) };
  // Placed after a name, in parentheses: the sentence's capital goes, unless it starts an acronym (« IDE … »).
  const inline = (s: string) => (/^.[a-zà-ÿ’']/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
  return {
    fr: inline(explainAssignment(reason, asWritten, 'fr', known)),
    en: inline(explainAssignment(reason, asWritten, 'en', known)),
  };
}

/** The event with its summary saying who and why, and `assignmentText` in its detail for the back office. */
export function presentAssignment(e: TimelineEvent, names: AssignmentNames): TimelineEvent {
  if (!ASSIGNED_KINDS.has(e.kind)) return e;
  const target = targetOf(e);
  if (!target || typeof target !== 'object' || 'patient' in target) return e;
  const rule = (e.kind === 'task-opened' ? e.detail?.rule : e.detail?.to) as Rule | undefined;
  const who = whoText(target, names);
  const reason = e.detail?.assignment as AssignmentReason | undefined;
  const why = reason ? whyText(rule, reason, names) : null;
  const text: Text = {
    fr: `${who.fr}${why ? ` (${why.fr})` : ''}`,
    en: `${who.en}${why ? ` (${why.en})` : ''}`,
  };
  const summary =
    e.kind === 'escalation'
      ? {
          fr: e.summary.fr.replace(/transmise à .*$/, `transmise à ${text.fr}`),
          en: e.summary.en.replace(/escalated to .*$/, `escalated to ${text.en}`),
        }
      : { fr: `${e.summary.fr}, pour ${text.fr}`, en: `${e.summary.en}, for ${text.en}` };
  return { ...e, summary, detail: { ...e.detail, assignmentText: text } };
}
