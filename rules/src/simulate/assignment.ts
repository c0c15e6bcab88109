// The simulator's view of an assignment: the test patient's care team and commune from their facts, the CPTS's pools
// and covering professionals as the caller says (or assumed reachable), resolved and explained like the worker does.
import type { PatientFacts } from '../facts/types.js';
import type { Assignee } from '../schema/steps.js';
import { PROFESSIONS } from '../professions.js';
import { resolveAssignee, type AssignmentContext } from '../assignment/resolve.js';
import { explainAssignment } from '../assignment/explain.js';
import type { SimulateOptions, SimulatedAssignment } from './types.js';

/** Pool keys a rule names, itself or among its fallbacks. */
const poolsOf = (rule: Assignee): string[] =>
  'pool' in rule
    ? [rule.pool]
    : 'careTeam' in rule
      ? (rule.fallback ?? []).flatMap((f) => ('pool' in f ? [f.pool] : []))
      : [];

/** Who a task with `rule` would go to for this patient, and why. */
export function simulateAssignment(
  rule: Assignee,
  patient: PatientFacts,
  options: SimulateOptions['assignment'] = {},
): SimulatedAssignment {
  const context: AssignmentContext = {
    careTeam: (patient.careTeam ?? []).map((m) => ({
      userId: m.userId,
      profession: m.profession,
      role: m.role,
      startDate: m.since,
    })),
    patientCommune: patient.commune ?? null,
    reachablePools: options.reachablePools ?? poolsOf(rule),
    coveringProfessions: options.coveringProfessions ?? PROFESSIONS,
  };
  const { target, reason } = resolveAssignee(rule, context);
  const names = options.poolNames ? { pools: options.poolNames } : {};
  const assumed =
    ('pool' in target && options.reachablePools === undefined) ||
    ('communeCode' in target && target.communeCode !== undefined && options.coveringProfessions === undefined);
  return {
    rule,
    target,
    reason,
    text: { fr: explainAssignment(reason, rule, 'fr', names), en: explainAssignment(reason, rule, 'en', names) },
    assumed,
  };
}
