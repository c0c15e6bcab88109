// The steps graph: laid out automatically until the coordinator moves a step (positions are then saved in the
// definition's `layout`), edited by hand (drag from a step's bottom handle to another step = a transition).
import '@xyflow/react/dist/style.css';
import { Box } from '@mui/material';
import {
  Background,
  Controls,
  ReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
  type XYPosition,
} from '@xyflow/react';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { connect, removeStep, removeTransition, setPositions } from './draft';
import { useEditor } from './EditorContext';
import { toEdges, toNodes } from './graph';
import { countByStep } from './issues';
import { layoutSteps } from './layout';
import { RuleEdge } from './RuleEdge';
import { StepNode } from './StepNode';
import { useDescribeCondition } from './useDescribeCondition';

const nodeTypes = { step: StepNode };
const edgeTypes = { rule: RuleEdge };

export const Diagram = ({ height = 560, interactive = true }: { height?: number; interactive?: boolean }) => {
  const { draft, setDraft, selection, select, highlight, issues, readOnly } = useEditor();
  const translate = useTranslate();
  const describe = useDescribeCondition(draft);
  const editable = interactive && !readOnly;
  // Where the steps being dragged are right now; written to the draft when the drag ends.
  const [moving, setMoving] = useState<Record<string, XYPosition>>({});
  const positions = useMemo(() => layoutSteps(draft), [draft]);
  const nodes = useMemo(
    () =>
      toNodes(draft, positions, countByStep(issues), selection, highlight).map((n) => {
        const p = moving[n.id];
        return p ? { ...n, position: p } : n;
      }),
    [draft, positions, issues, selection, highlight, moving],
  );
  const edges = useMemo(
    () =>
      toEdges(draft, positions, selection, highlight, {
        otherwise: translate('parcours.editor.otherwise'),
        describe,
      }),
    [draft, positions, selection, highlight, translate, describe],
  );

  const onConnect = (c: Connection) => {
    if (c.source && c.target) setDraft((d) => connect(d, c.source, c.target));
  };
  const onNodesChange = (changes: NodeChange[]) => {
    const dragged: Record<string, XYPosition> = {};
    for (const c of changes) if (c.type === 'position' && c.position && c.dragging) dragged[c.id] = c.position;
    if (Object.keys(dragged).length) setMoving((m) => ({ ...m, ...dragged }));
  };
  const onNodeDragStop = (_e: unknown, _node: Node, moved: Node[]) => {
    // Every step's current place is saved with the moved ones, so the automatic layout never rearranges the others.
    const all = Object.fromEntries([...positions].map(([id, p]) => [id, p]));
    for (const n of moved) all[n.id] = n.position;
    setDraft((d) => setPositions(d, all));
    setMoving({});
  };
  const onDelete = ({ nodes: deletedNodes, edges: deletedEdges }: { nodes: Node[]; edges: Edge[] }) => {
    setDraft((d) => {
      // Transitions of one step are removed from the last index so earlier indexes stay right.
      const byIndex = [...deletedEdges].sort(
        (a, b) => (b.data as { index: number }).index - (a.data as { index: number }).index,
      );
      let next = byIndex.reduce((acc, e) => {
        const { from, index } = e.data as { from: string; index: number };
        return removeTransition(acc, from, index);
      }, d);
      for (const n of deletedNodes) next = removeStep(next, n.id);
      return next;
    });
    select(null);
  };

  return (
    <Box
      sx={{ height, border: 1, borderColor: 'divider', borderRadius: 1 }}
      data-testid="parcours-diagram"
      data-schema="layout.positions{}.x layout.positions{}.y"
    >
      <ReactFlow
        // Remounted when the graph changes shape so the initial fit frames every step, including the one just added.
        key={`${nodes.length}:${edges.length}`}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={editable}
        nodesConnectable={editable}
        elementsSelectable={interactive}
        deleteKeyCode={editable ? ['Delete', 'Backspace'] : null}
        onConnect={onConnect}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onDelete={onDelete}
        onNodeClick={(_e, n) => select({ kind: 'step', id: n.id })}
        onEdgeClick={(_e, e) => {
          const { from, index } = e.data as { from: string; index: number };
          select({ kind: 'transition', from, index });
        }}
        onPaneClick={() => select(null)}
        fitView
        // Never zoomed out below readable: a large parcours is panned, not shrunk.
        fitViewOptions={{ maxZoom: 1, minZoom: 0.65, padding: 0.15 }}
        minZoom={0.3}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} fitViewOptions={{ maxZoom: 1, minZoom: 0.3, padding: 0.1 }} />
      </ReactFlow>
    </Box>
  );
};
