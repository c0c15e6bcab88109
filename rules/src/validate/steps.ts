// Step-level checks: form fields (ids, bounds, options) and task deadlines.
import type { ParcoursDefinition } from '../schema/definition.js';
import { error, pointer, warning, type Issue } from './issue.js';

/** Issues of task forms and timings. */
export function stepIssues(def: ParcoursDefinition): Issue[] {
  const issues: Issue[] = [];
  def.steps.forEach((s, i) => {
    if (s.type !== 'task') return;
    if (!s.due)
      issues.push(
        warning(
          pointer('steps', i),
          'task-without-due',
          `La tâche « ${s.id} » n’a pas d’échéance (due)`,
          `Task "${s.id}" has no due date`,
          { step: s.id },
        ),
      );
    const seen = new Set<string>();
    s.form.forEach((f, j) => {
      const at = pointer('steps', i, 'form', j);
      if (seen.has(f.id))
        issues.push(
          error(
            `${at}/id`,
            'duplicate-field-id',
            `Le champ « ${f.id} » apparaît deux fois dans l’étape « ${s.id} »`,
            `Field "${f.id}" appears twice in step "${s.id}"`,
            { step: s.id, fieldId: f.id },
          ),
        );
      seen.add(f.id);
      if (f.type === 'number' && f.min !== undefined && f.max !== undefined && f.min > f.max)
        issues.push(
          error(
            `${at}/min`,
            'min-above-max',
            `Champ « ${f.id} » : le minimum dépasse le maximum`,
            `Field "${f.id}": min is above max`,
            { step: s.id, fieldId: f.id },
          ),
        );
      if (f.type === 'choice') {
        const values = f.options.map((o) => o.value);
        values.forEach((v, k) => {
          if (values.indexOf(v) !== k)
            issues.push(
              error(
                `${at}/options/${k}/value`,
                'duplicate-option',
                `Champ « ${f.id} » : l’option « ${v} » apparaît deux fois`,
                `Field "${f.id}": option "${v}" appears twice`,
                { step: s.id, fieldId: f.id, option: v },
              ),
            );
        });
      }
    });
  });
  return issues;
}
