// Automatic layout of the steps graph, top to bottom, with dagre: coordinators never place boxes by hand.
import dagre from '@dagrejs/dagre';
import type { Draft } from './draft';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;

export const layoutSteps = (draft: Draft): Map<string, { x: number; y: number }> => {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 70 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const s of draft.steps) g.setNode(s.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const s of draft.steps) {
    if (s.type === 'end') continue;
    for (const t of s.next) if (g.hasNode(t.to) && t.to !== s.id) g.setEdge(s.id, t.to);
  }
  dagre.layout(g);
  const positions = new Map<string, { x: number; y: number }>();
  for (const s of draft.steps) {
    const n = g.node(s.id) as { x: number; y: number } | undefined;
    positions.set(s.id, n ? { x: n.x - NODE_WIDTH / 2, y: n.y - NODE_HEIGHT / 2 } : { x: 0, y: 0 });
  }
  return positions;
};
