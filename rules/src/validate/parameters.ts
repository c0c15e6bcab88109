// Checks the optional `parameters`: unique ids, targets that exist, hold a value of the right type, and agree.
import type { ParcoursDefinition } from '../schema/definition.js';
import { fitsParameter, readPointer } from '../parameters.js';
import { error, pointer, type Issue } from './issue.js';

/** Issues of template parameters. */
export function parameterIssues(def: ParcoursDefinition): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set<string>();
  (def.parameters ?? []).forEach((p, i) => {
    if (ids.has(p.id))
      issues.push(
        error(
          pointer('parameters', i, 'id'),
          'duplicate-parameter-id',
          `Le paramètre « ${p.id} » est déclaré deux fois`,
          `Parameter "${p.id}" is declared twice`,
          { parameter: p.id },
        ),
      );
    ids.add(p.id);
    let first: { value?: unknown } | undefined;
    p.targets.forEach((t, j) => {
      const at = pointer('parameters', i, 'targets', j);
      const r = readPointer(def, t);
      if (!r.found || !fitsParameter(p, r.value)) {
        issues.push(
          error(
            at,
            'invalid-parameter-target',
            `Le paramètre « ${p.id} » vise ${t}, qui n’existe pas ou n’est pas du type ${p.type}`,
            `Parameter "${p.id}" targets ${t}, which is missing or not a ${p.type}`,
            { parameter: p.id },
          ),
        );
        return;
      }
      if (first && JSON.stringify(first.value) !== JSON.stringify(r.value))
        issues.push(
          error(
            at,
            'parameter-values-differ',
            `Le paramètre « ${p.id} » a des valeurs différentes selon l’endroit`,
            `Parameter "${p.id}" has different values at its targets`,
            { parameter: p.id },
          ),
        );
      first ??= r;
    });
  });
  return issues;
}
