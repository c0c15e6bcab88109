// Draft → React Flow nodes and edges (pure, so the diagram re-renders from the definition, its single source of truth).
import type { Condition } from '@parcours/rules';
import { MarkerType } from '@xyflow/react';
import type { Draft } from './draft';
import type { Highlight, Selection } from './EditorContext';
import { shorten } from '../rules/describe';
import type { RuleEdgeType } from './RuleEdge';
import type { StepNodeType } from './StepNode';

type Point = { x: number; y: number };
export const edgeId = (from: string, index: number): string => `${from}->${index}`;

export const toNodes = (
  draft: Draft,
  positions: Map<string, Point>,
  errors: Map<string, number>,
  selection: Selection,
  highlight: Highlight | null,
): StepNodeType[] =>
  draft.steps.map((s) => ({
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

/**
 * The label of a transition's arrow: its rank and its rule in short words (« 1 · âge ≥ 60 »), « sinon » for the
 * default when there is a choice, nothing for a step's only way out.
 */
export const edgeLabel = (
  next: readonly { when?: Condition }[],
  index: number,
  otherwise: string,
  describe: (c: Condition) => string,
): string | undefined => {
  const t = next[index];
  if (!t) return undefined;
  if (!t.when) return next.length > 1 ? otherwise : undefined;
  return `${index + 1} · ${describe(t.when)}`;
};

/** A transition going back up (or to itself) is a loop: drawn around a side instead of through the steps. */
export const isLoop = (positions: Map<string, Point>, from: string, to: string): boolean => {
  const a = positions.get(from);
  const b = positions.get(to);
  return from === to || (a !== undefined && b !== undefined && b.y < a.y);
};

export const toEdges = (
  draft: Draft,
  positions: Map<string, Point>,
  selection: Selection,
  highlight: Highlight | null,
  words: { otherwise: string; describe: (c: Condition) => string },
): RuleEdgeType[] => {
  const xs = [...positions.values()].map((p) => p.x);
  const middle = xs.length ? (Math.min(...xs) + Math.max(...xs)) / 2 : 0;
  return draft.steps.flatMap((s) =>
    s.type === 'end'
      ? []
      : s.next.map((t, index): RuleEdgeType => {
          const id = edgeId(s.id, index);
          const onPath = highlight?.edges.has(id) ?? false;
          const loop = isLoop(positions, s.id, t.to);
          // A loop goes around the side of the graph its step is on, so it crosses as few steps as possible.
          const side = (positions.get(s.id)?.x ?? 0) < middle ? 'left' : 'right';
          const full = edgeLabel(s.next, index, words.otherwise, words.describe);
          return {
            id,
            type: 'rule',
            source: s.id,
            target: t.to,
            ...(loop ? { sourceHandle: `loop-out-${side}`, targetHandle: `loop-in-${side}` } : {}),
            selected: selection?.kind === 'transition' && selection.from === s.id && selection.index === index,
            animated: onPath,
            markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: onPath ? '#2e7d32' : '#999' },
            style: onPath ? { stroke: '#2e7d32', strokeWidth: 3 } : undefined,
            className: loop ? 'loop-edge' : undefined,
            data: { from: s.id, index, loop, rule: full && shorten(full, 70), fullRule: full },
          };
        }),
  );
};
