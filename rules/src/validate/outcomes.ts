// Outcome check: every `end` step names an outcome of the controlled list (base outcomes plus the CPTS's own).
import type { ParcoursDefinition } from '../schema/definition.js';
import { BASE_OUTCOMES, type OutcomeDefinition } from '../outcomes.js';
import { error, pointer, type Issue } from './issue.js';

/** Issues of `end` steps whose outcome is not in the list. */
export function outcomeIssues(
  def: ParcoursDefinition,
  outcomes: readonly OutcomeDefinition[] = BASE_OUTCOMES,
): Issue[] {
  const known = new Set(outcomes.map((o) => o.code));
  const list = outcomes.map((o) => o.code).join(', ');
  const issues: Issue[] = [];
  def.steps.forEach((s, i) => {
    if (s.type !== 'end' || known.has(s.outcome)) return;
    issues.push(
      error(
        pointer('steps', i, 'outcome'),
        'unknown-outcome',
        `L’étape « ${s.id} » termine le parcours avec une issue inconnue « ${s.outcome} » (issues possibles : ${list})`,
        `Step "${s.id}" ends the journey with an unknown outcome "${s.outcome}" (known outcomes: ${list})`,
        { step: s.id, outcome: s.outcome, outcomes: list },
      ),
    );
  });
  return issues;
}
