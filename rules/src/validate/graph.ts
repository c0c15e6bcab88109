// Graph checks: ids, targets, reachability, a reachable end from every step, loops that cannot pause, defaults.
import type { ParcoursDefinition } from '../schema/definition.js';
import type { Step } from '../schema/steps.js';
import { error, pointer, warning, type Issue } from './issue.js';

const title = (s: Step) => s.id;

/** Steps' outgoing targets (only existing steps). */
function edges(steps: Map<string, Step>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of steps.values())
    out.set(s.id, s.type === 'end' ? [] : s.next.map((t) => t.to).filter((to) => steps.has(to)));
  return out;
}

function reach(from: string[], adj: Map<string, string[]>): Set<string> {
  const seen = new Set<string>(from);
  const todo = [...from];
  while (todo.length) {
    for (const n of adj.get(todo.pop() as string) ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      todo.push(n);
    }
  }
  return seen;
}

// A step that makes a journey pause (wait for time or a person), so a loop through it cannot spin.
const pauses = (s: Step) => s.type === 'wait' || s.type === 'task' || (s.type === 'subparcours' && s.wait === true);

/** Finds the steps of cycles made only of non-pausing steps (Tarjan's strongly connected components). */
function spinningLoops(steps: Map<string, Step>, adj: Map<string, string[]>): string[][] {
  const ids = [...steps.values()].filter((s) => !pauses(s)).map((s) => s.id);
  const inSub = new Set(ids);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of (adj.get(v) ?? []).filter((x) => inSub.has(x))) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      const selfLoop = scc.length === 1 && (adj.get(v) ?? []).includes(v);
      if (scc.length > 1 || selfLoop) loops.push(scc.reverse());
    }
  };
  for (const v of ids) if (!index.has(v)) visit(v);
  return loops;
}

/** All graph-level issues of a structurally valid definition. */
export function graphIssues(def: ParcoursDefinition): Issue[] {
  const issues: Issue[] = [];
  const steps = new Map<string, Step>();
  const indexOf = new Map<string, number>();
  def.steps.forEach((s, i) => {
    if (steps.has(s.id))
      issues.push(
        error(
          pointer('steps', i, 'id'),
          'duplicate-step-id',
          `L’identifiant d’étape « ${s.id} » est utilisé deux fois`,
          `Step id "${s.id}" is used twice`,
          { id: s.id },
        ),
      );
    else {
      steps.set(s.id, s);
      indexOf.set(s.id, i);
    }
  });
  if (!steps.has(def.start))
    issues.push(
      error(
        '/start',
        'unknown-start',
        `L’étape de départ « ${def.start} » n’existe pas`,
        `Start step "${def.start}" does not exist`,
        { start: def.start },
      ),
    );
  def.steps.forEach((s, i) => {
    if (s.type === 'end') return;
    s.next.forEach((t, j) => {
      if (!steps.has(t.to))
        issues.push(
          error(
            pointer('steps', i, 'next', j, 'to'),
            'unknown-target',
            `L’étape « ${title(s)} » mène à « ${t.to} », qui n’existe pas`,
            `Step "${s.id}" leads to "${t.to}", which does not exist`,
            { step: s.id, target: t.to },
          ),
        );
    });
    const last = s.next[s.next.length - 1];
    if (last?.when)
      issues.push(
        error(
          pointer('steps', i, 'next', s.next.length - 1),
          'missing-default-transition',
          `La dernière sortie de l’étape « ${s.id} » doit être sans condition (sortie par défaut)`,
          `The last transition of step "${s.id}" must have no condition (the default)`,
          { step: s.id },
        ),
      );
    s.next.forEach((t, j) => {
      if (!t.when && j < s.next.length - 1)
        issues.push(
          warning(
            pointer('steps', i, 'next', j + 1),
            'unreachable-transition',
            `Les sorties de « ${s.id} » après la sortie sans condition ne seront jamais prises`,
            `Transitions of "${s.id}" after the unconditional one are never taken`,
            { step: s.id },
          ),
        );
    });
  });
  const adj = edges(steps);
  if (steps.has(def.start)) {
    const reachable = reach([def.start], adj);
    for (const [id, i] of indexOf)
      if (!reachable.has(id))
        issues.push(
          error(
            pointer('steps', i),
            'unreachable-step',
            `L’étape « ${id} » n’est jamais atteinte depuis le départ « ${def.start} »`,
            `Step "${id}" cannot be reached from start "${def.start}"`,
            { step: id, start: def.start },
          ),
        );
  }
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of adj) for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const ends = [...steps.values()].filter((s) => s.type === 'end').map((s) => s.id);
  const canEnd = reach(ends, reverse);
  for (const [id, i] of indexOf)
    if (!canEnd.has(id))
      issues.push(
        error(
          pointer('steps', i),
          'no-end-reachable',
          `Depuis l’étape « ${id} », aucune fin de parcours n’est atteignable`,
          `No end step can be reached from step "${id}"`,
          { step: id },
        ),
      );
  for (const loop of spinningLoops(steps, adj)) {
    const first = loop[0]!;
    const names = loop.map((x) => `« ${x} »`).join(' → ');
    issues.push(
      error(
        pointer('steps', indexOf.get(first)!),
        'loop-without-pause',
        `La boucle ${names} peut se répéter sans attente ni tâche`,
        `The loop ${loop.join(' → ')} can repeat with no wait or task in it`,
        { step: first, loop: loop.join(' → ') },
      ),
    );
  }
  return issues;
}
