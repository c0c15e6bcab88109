// Draft → React Flow nodes and edges (pure, so the diagram re-renders from the definition, its single source of truth).
import type { Edge } from '@xyflow/react';
import type { Draft } from './draft';
import type { Highlight, Selection } from './EditorContext';
import { layoutSteps } from './layout';
import type { StepNodeType } from './StepNode';

export const edgeId = (from: string, index: number): string => `${from}->${index}`;

export const toNodes = (
  draft: Draft,
  errors: Map<string, number>,
  selection: Selection,
  highlight: Highlight | null,
): StepNodeType[] => {
  const positions = layoutSteps(draft);
  return draft.steps.map((s) => ({
    id: s.id,
    type: 'step',
    position: positions.get(s.id) ?? { x: 0, y: 0 },
    selected: selection?.kind === 'step' && selection.id === s.id,
    data: {
      stepType: s.type,
      title: s.title?.fr || s.id,
      isStart: draft.start === s.id,
      errors: errors.get(s.id) ?? 0,
      onPath: highlight?.steps.has(s.id) ?? false,
      dimmed: highlight !== null && !highlight.steps.has(s.id),
    },
  }));
};

export const toEdges = (
  draft: Draft,
  selection: Selection,
  highlight: Highlight | null,
  labels: { otherwise: string; condition: string },
): Edge[] =>
  draft.steps.flatMap((s) =>
    s.type === 'end'
      ? []
      : s.next.map((t, index): Edge => {
          const id = edgeId(s.id, index);
          const onPath = highlight?.edges.has(id) ?? false;
          return {
            id,
            source: s.id,
            target: t.to,
            label: t.label?.fr ?? (t.when ? labels.condition : s.next.length > 1 ? labels.otherwise : undefined),
            selected: selection?.kind === 'transition' && selection.from === s.id && selection.index === index,
            animated: onPath,
            style: onPath ? { stroke: '#2e7d32', strokeWidth: 3 } : undefined,
            data: { from: s.id, index },
          };
        }),
  );
