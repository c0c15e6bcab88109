// The assignee controls' edits, as pure functions of the rule they change: the controls hand them to the draft's
// updater, so each keystroke applies to the rule as it is now, never to the one the control last rendered.
import type { Assignee, CareTeamAssignee, FallbackAssignee } from '@parcours/rules';

export type Recipient = Assignee | { patient: true };
export type Update<T> = (change: (previous: T) => T) => void;

/** What the main select shows: a profession code, `role:<role>`, `pool`, `careTeam` or `patient`. */
export function choiceOf(value: Recipient | FallbackAssignee | undefined): string {
  if (!value) return '';
  if ('patient' in value) return 'patient';
  if ('careTeam' in value) return 'careTeam';
  if ('pool' in value) return 'pool';
  if ('role' in value) return `role:${value.role}`;
  return value.profession;
}

/** The target a fallback choice stands for, keeping what still applies (the pool typed, the covering checkbox). */
export function fallbackFromChoice(
  choice: string,
  previous: FallbackAssignee | undefined,
  firstPool = '',
): FallbackAssignee {
  if (choice === 'pool') return { pool: previous && 'pool' in previous ? previous.pool : firstPool };
  if (choice.startsWith('role:')) return { role: choice.slice(5) };
  const covering = previous && 'profession' in previous ? previous.coveringPatientCommune : undefined;
  return covering ? { profession: choice, coveringPatientCommune: true } : { profession: choice };
}

/**
 * The rule a main choice stands for. Choosing the care team keeps the profession chosen before and starts with the
 * coordination as its fallback, so the rule is valid (and reachable) at once.
 */
export function recipientFromChoice(choice: string, previous: Recipient | undefined, firstPool = ''): Recipient {
  if (choice === 'patient') return { patient: true };
  if (choice === 'careTeam') {
    if (previous && 'careTeam' in previous) return previous;
    const profession = previous && 'profession' in previous ? previous.profession : 'MG';
    return { careTeam: profession, fallback: [{ role: 'coordinator' }] };
  }
  const kept = previous && !('patient' in previous) && !('careTeam' in previous) ? previous : undefined;
  return fallbackFromChoice(choice, kept, firstPool);
}

/** Sets or clears « only those covering the patient's commune » on a profession rule. */
export function withCovering<T extends Recipient | FallbackAssignee>(rule: T, covering: boolean): T {
  if (!('profession' in rule)) return rule;
  const { coveringPatientCommune: _dropped, ...rest } = rule;
  return (covering ? { ...rest, coveringPatientCommune: true } : rest) as T;
}

const fallbacksOf = (rule: CareTeamAssignee): FallbackAssignee[] => rule.fallback ?? [];

/** Replaces fallback `index` by what `change` makes of it. */
export function changeFallback(
  rule: CareTeamAssignee,
  index: number,
  change: (f: FallbackAssignee) => FallbackAssignee,
): CareTeamAssignee {
  return { ...rule, fallback: fallbacksOf(rule).map((f, i) => (i === index ? change(f) : f)) };
}

/** Adds a fallback at the end (a pool when the CPTS has one, else the coordination). */
export function addFallback(rule: CareTeamAssignee, firstPool?: string): CareTeamAssignee {
  const added: FallbackAssignee = firstPool ? { pool: firstPool } : { role: 'coordinator' };
  return { ...rule, fallback: [...fallbacksOf(rule), added] };
}

export function removeFallback(rule: CareTeamAssignee, index: number): CareTeamAssignee {
  return { ...rule, fallback: fallbacksOf(rule).filter((_f, i) => i !== index) };
}

/** Moves fallback `index` one place up (`-1`) or down (`+1`); out of range leaves the order as it is. */
export function moveFallback(rule: CareTeamAssignee, index: number, by: -1 | 1): CareTeamAssignee {
  const list = [...fallbacksOf(rule)];
  const to = index + by;
  if (to < 0 || to >= list.length || index < 0 || index >= list.length) return rule;
  [list[index], list[to]] = [list[to] as FallbackAssignee, list[index] as FallbackAssignee];
  return { ...rule, fallback: list };
}

/** Whether any recipient of the draft names a pool (the editor then reads the CPTS's pools for their names). */
export function namesPools(draft: { steps: readonly unknown[] }): boolean {
  return JSON.stringify(draft.steps).includes('"pool":');
}
