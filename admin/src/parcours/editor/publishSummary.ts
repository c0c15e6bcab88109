// What publishing a draft changes against the version in service, in a coordinator's terms: steps added, removed or
// changed (and in what), eligibility, general information. Built from rules/'s diff, whose paths carry step ids.
import type { DefinitionChange } from '@parcours/rules';

export type SummaryLine =
  | { kind: 'step_added' | 'step_removed'; step: string }
  | { kind: 'step_changed'; step: string; aspects: string[] }
  | { kind: 'steps_reordered' | 'eligibility_changed' }
  | { kind: 'general_changed'; aspects: string[] };

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const add = (map: Map<string, string[]>, key: string, aspect: string) => {
  const list = map.get(key) ?? [];
  if (!list.includes(aspect)) list.push(aspect);
  map.set(key, list);
};

/** One line per step (in the order of the changes), then eligibility, then the rest of the parcours. */
export function summariseChanges(changes: readonly DefinitionChange[]): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const changedSteps = new Map<string, string[]>();
  const general: string[] = [];
  let eligibility = false;
  let reordered = false;
  for (const change of changes) {
    const [head = '', id, aspect] = change.path.split('/').slice(1).map(unescape);
    if (head === 'steps' && id === '@order') reordered = true;
    else if (head === 'steps' && id !== undefined && aspect === undefined)
      lines.push({ kind: change.op === 'remove' ? 'step_removed' : 'step_added', step: id });
    else if (head === 'steps' && id !== undefined && aspect !== undefined) add(changedSteps, id, aspect);
    else if (head === 'eligibility') eligibility = true;
    else if (head && !general.includes(head)) general.push(head);
  }
  for (const [step, aspects] of changedSteps) lines.push({ kind: 'step_changed', step, aspects });
  if (reordered) lines.push({ kind: 'steps_reordered' });
  if (eligibility) lines.push({ kind: 'eligibility_changed' });
  if (general.length) lines.push({ kind: 'general_changed', aspects: general });
  return lines;
}
