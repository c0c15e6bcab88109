// Where steps are drawn: the positions saved in the definition's `layout` (moved by hand), else an automatic layout,
// top to bottom, with dagre. Steps not linked yet are stacked under the others instead of spreading the graph sideways
// (a wide graph is zoomed out until nothing is readable).
import dagre from '@dagrejs/dagre';
import type { Draft } from './draft';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;
type Point = { x: number; y: number };

/** Transitions back to a step already on the way from `start` (depth-first, in transition order): the loops. */
export const backEdges = (draft: Draft): Set<string> => {
  const byId = new Map(draft.steps.map((s) => [s.id, s]));
  const state = new Map<string, 'open' | 'done'>();
  const loops = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'open');
    const s = byId.get(id);
    for (const t of s && s.type !== 'end' ? s.next : []) {
      if (state.get(t.to) === 'open') loops.add(`${id}->${t.to}`);
      else if (!state.has(t.to) && byId.has(t.to)) visit(t.to);
    }
    state.set(id, 'done');
  };
  const roots = [draft.start, ...draft.steps.map((s) => s.id)].filter((id) => byId.has(id));
  for (const id of roots) if (!state.has(id)) visit(id);
  return loops;
};

const autoLayout = (draft: Draft): Map<string, Point> => {
  const g = new dagre.graphlib.Graph();
  // Wide gaps leave room for the rules written on the arrows.
  g.setGraph({ rankdir: 'TB', nodesep: 70, ranksep: 100 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const s of draft.steps) g.setNode(s.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const linked = new Set<string>();
  const loops = backEdges(draft);
  for (const s of draft.steps) {
    if (s.type === 'end') continue;
    for (const t of s.next) {
      if (!g.hasNode(t.to)) continue;
      linked.add(s.id).add(t.to);
      // Loops are left out of the layout so the steps keep their reading order (a loop is drawn going back up).
      if (t.to !== s.id && !loops.has(`${s.id}->${t.to}`)) g.setEdge(s.id, t.to);
    }
  }
  // A layout-only edge from the step before it keeps each unlinked step in the column.
  draft.steps.forEach((s, i) => {
    const before = draft.steps[i - 1];
    if (!linked.has(s.id) && before) g.setEdge(before.id, s.id, { weight: 0 });
  });
  dagre.layout(g);
  const positions = new Map<string, Point>();
  for (const s of draft.steps) {
    const n = g.node(s.id) as Point | undefined;
    positions.set(s.id, n ? { x: n.x - NODE_WIDTH / 2, y: n.y - NODE_HEIGHT / 2 } : { x: 0, y: 0 });
  }
  return positions;
};

/** The position of every step: saved ones as saved; the others laid out automatically, below the saved ones. */
export const layoutSteps = (draft: Draft): Map<string, Point> => {
  const saved = draft.layout?.positions ?? {};
  const auto = autoLayout(draft);
  const savedIds = draft.steps.map((s) => s.id).filter((id) => saved[id]);
  if (savedIds.length === 0) return auto;
  const below = Math.max(...savedIds.map((id) => saved[id]?.y ?? 0)) + NODE_HEIGHT + 70;
  const unsaved = draft.steps.filter((s) => !saved[s.id]).map((s) => s.id);
  const top = Math.min(...unsaved.map((id) => auto.get(id)?.y ?? 0));
  const positions = new Map<string, Point>();
  for (const s of draft.steps) {
    const p = saved[s.id];
    const a = auto.get(s.id) ?? { x: 0, y: 0 };
    positions.set(s.id, p ? { x: p.x, y: p.y } : { x: a.x, y: a.y - top + below });
  }
  return positions;
};
