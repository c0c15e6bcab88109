// Resolving an assignment rule to the person or pool a task goes to, and why. Pure: the caller gathers what the rule
// needs to know on the day the task opens (the patient's care team, which pools have members, which professions have
// someone covering the patient's commune). The worker's openTask activity feeds it from the database; the simulator
// from the test patient. Both record the reason, so the history says why the task went where it went.
import type { Assignee, FallbackAssignee } from '../schema/steps.js';
import type { TaskAssigneeTarget } from '../contract/common.js';

export interface CareTeamMemberOnDay {
  userId: string;
  profession: string;
  role: 'medecin-traitant' | 'intervenant';
  /** yyyy-mm-dd: among several of one profession, the longest-standing member is chosen (stable across retries). */
  startDate: string;
}

export interface AssignmentContext {
  /** The patient's care team on the day the task opens (members whose period holds that day). */
  careTeam: readonly CareTeamMemberOnDay[];
  /** The patient's commune (INSEE code), if known. */
  patientCommune: string | null;
  /** Keys of the CPTS's pools that have at least one active member. */
  reachablePools: readonly string[];
  /** Professions with at least one active professional covering the patient's commune. */
  coveringProfessions: readonly string[];
}

/** Why a fallback target was passed over. */
export type SkipReason = 'pool-empty' | 'no-patient-commune' | 'nobody-covers-commune';

export type AssignmentReason =
  /** A profession, role or pool rule: the target is the rule itself. */
  | { kind: 'rule' }
  /** The patient's own professional. */
  | { kind: 'care-team'; careTeam: string; memberRole: CareTeamMemberOnDay['role'] }
  /** The team had nobody of that profession: the first reachable fallback (`index` in `fallback`). */
  | { kind: 'fallback'; careTeam: string; index: number; skipped: { index: number; because: SkipReason }[] }
  /** Nobody reachable at all: the coordination gets the task rather than nobody. */
  | { kind: 'unreachable'; careTeam?: string; skipped: { index: number; because: SkipReason }[] };

export interface Assignment {
  target: TaskAssigneeTarget;
  reason: AssignmentReason;
}

/** Where a task goes when nobody the rule names is reachable: the coordination never lets a task fall to no one. */
export const LAST_RESORT: TaskAssigneeTarget = { role: 'coordinator' };

export function resolveAssignee(rule: Assignee, context: AssignmentContext): Assignment {
  if (!('careTeam' in rule)) {
    const single = resolveFallback(rule, context);
    return 'target' in single
      ? { target: single.target, reason: { kind: 'rule' } }
      : {
          target: LAST_RESORT,
          reason: { kind: 'unreachable', skipped: [{ index: 0, because: single.because }] },
        };
  }
  const member = ownProfessional(rule.careTeam, context.careTeam);
  if (member)
    return {
      target: { userId: member.userId },
      reason: { kind: 'care-team', careTeam: rule.careTeam, memberRole: member.role },
    };
  const skipped: { index: number; because: SkipReason }[] = [];
  for (const [index, fallback] of (rule.fallback ?? []).entries()) {
    const outcome = resolveFallback(fallback, context);
    if ('target' in outcome)
      return { target: outcome.target, reason: { kind: 'fallback', careTeam: rule.careTeam, index, skipped } };
    skipped.push({ index, because: outcome.because });
  }
  return { target: LAST_RESORT, reason: { kind: 'unreachable', careTeam: rule.careTeam, skipped } };
}

/** The patient's own professional of this profession: for MG the médecin traitant first, then the longest-standing. */
function ownProfessional(profession: string, team: readonly CareTeamMemberOnDay[]): CareTeamMemberOnDay | undefined {
  return team
    .filter((m) => m.profession === profession)
    .sort(
      (a, b) =>
        Number(b.role === 'medecin-traitant') - Number(a.role === 'medecin-traitant') ||
        a.startDate.localeCompare(b.startDate) ||
        a.userId.localeCompare(b.userId),
    )[0];
}

function resolveFallback(
  rule: FallbackAssignee,
  context: AssignmentContext,
): { target: TaskAssigneeTarget } | { because: SkipReason } {
  if ('pool' in rule)
    return context.reachablePools.includes(rule.pool) ? { target: { pool: rule.pool } } : { because: 'pool-empty' };
  if ('profession' in rule && rule.coveringPatientCommune) {
    if (!context.patientCommune) return { because: 'no-patient-commune' };
    if (!context.coveringProfessions.includes(rule.profession)) return { because: 'nobody-covers-commune' };
    return { target: { profession: rule.profession, communeCode: context.patientCommune } };
  }
  if ('profession' in rule) return { target: { profession: rule.profession } };
  return { target: { role: rule.role } };
}
