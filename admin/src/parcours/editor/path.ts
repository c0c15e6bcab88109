// The diagram highlight of a simulation: the steps it visited and the transitions it took between them.
import type { SimulationResult } from '@parcours/rules';
import type { Draft } from './draft';
import type { Highlight } from './EditorContext';
import { edgeId } from './graph';

export const simulationHighlight = (draft: Draft, result: SimulationResult): Highlight => {
  const steps = new Set(result.steps.map((s) => s.id));
  const edges = new Set<string>();
  const decisions = [...result.decisions];
  result.steps.forEach((s, i) => {
    const next = result.steps[i + 1];
    if (!next) return;
    // Decisions are recorded in visit order; take the first one left for this step.
    const d = decisions.findIndex((x) => x.stepId === s.id);
    if (d >= 0) {
      edges.add(edgeId(s.id, decisions[d]?.index ?? 0));
      decisions.splice(d, 1);
      return;
    }
    const step = draft.steps.find((x) => x.id === s.id);
    const index = step && step.type !== 'end' ? step.next.findIndex((t) => t.to === next.id) : -1;
    if (index >= 0) edges.add(edgeId(s.id, index));
  });
  return { steps, edges };
};
