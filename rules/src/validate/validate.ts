// validate(): every check of parcours-format.md ("what publishing refuses"); never throws on any JSON input.
import { parcoursDefinitionSchema, type ParcoursDefinition } from '../schema/definition.js';
import { structureIssues } from './structure.js';
import { graphIssues } from './graph.js';
import { conditionIssues } from './conditions.js';
import { stepIssues } from './steps.js';
import { assigneeIssues } from './assignees.js';
import { parameterIssues } from './parameters.js';
import { outcomeIssues } from './outcomes.js';
import type { OutcomeDefinition } from '../outcomes.js';
import { error, type Issue } from './issue.js';
import { locateIssue } from './location.js';

export type ValidationResult = { valid: boolean; errors: Issue[]; warnings: Issue[]; definition?: ParcoursDefinition };

export interface ValidateOptions {
  /** The outcomes `end` steps may name (default: the base list; the API passes the CPTS's list). */
  outcomes?: readonly OutcomeDefinition[];
}

/** Validates a parcours definition; `definition` (defaults applied) is returned when it is valid. */
export function validate(def: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    const parsed = parcoursDefinitionSchema.safeParse(def);
    const located = (issues: Issue[]) => issues.map((i) => ({ ...i, location: locateIssue(def, i.pointer) }));
    if (!parsed.success)
      return { valid: false, errors: located(structureIssues(parsed.error.issues, def)), warnings: [] };
    const d = parsed.data;
    const all = located([
      ...graphIssues(d),
      ...stepIssues(d),
      ...assigneeIssues(d, def),
      ...conditionIssues(d),
      ...parameterIssues(d),
      ...outcomeIssues(d, options.outcomes),
    ]);
    const errors = all.filter((i) => i.severity === 'error');
    const warnings = all.filter((i) => i.severity === 'warning');
    return errors.length ? { valid: false, errors, warnings } : { valid: true, errors, warnings, definition: d };
  } catch (e) {
    // Defensive: a bug in a check must not crash publishing; it becomes an error the user can report.
    const msg = e instanceof Error ? e.message : String(e);
    return {
      valid: false,
      errors: [
        error('', 'internal-error', `Erreur interne de validation : ${msg}`, `Internal validation error: ${msg}`, {
          detail: msg,
        }),
      ],
      warnings: [],
    };
  }
}
