// The steps graph: auto-laid out, edited by hand (drag from a step's bottom handle to another step = a transition).
import '@xyflow/react/dist/style.css';
import { Box } from '@mui/material';
import { Background, Controls, ReactFlow, type Connection, type Edge, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { connect, removeStep, removeTransition } from './draft';
import { useEditor } from './EditorContext';
import { toEdges, toNodes } from './graph';
import { countByStep } from './issues';
import { StepNode } from './StepNode';

const nodeTypes = { step: StepNode };

export const Diagram = ({ height = 560, interactive = true }: { height?: number; interactive?: boolean }) => {
  const { draft, setDraft, selection, select, highlight, issues, readOnly } = useEditor();
  const translate = useTranslate();
  const editable = interactive && !readOnly;
  const nodes = useMemo(
    () => toNodes(draft, countByStep(issues), selection, highlight),
    [draft, issues, selection, highlight],
  );
  const edges = useMemo(
    () =>
      toEdges(draft, selection, highlight, {
        otherwise: translate('parcours.editor.otherwise'),
        condition: translate('parcours.editor.if_condition'),
      }),
    [draft, selection, highlight, translate],
  );

  const onConnect = (c: Connection) => {
    if (c.source && c.target) setDraft((d) => connect(d, c.source, c.target));
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
    <Box sx={{ height, border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid="parcours-diagram">
      <ReactFlow
        // Remounted when the graph changes shape so the initial fit frames every step, including the one just added.
        key={`${nodes.length}:${edges.length}`}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={editable}
        elementsSelectable={interactive}
        deleteKeyCode={editable ? ['Delete', 'Backspace'] : null}
        onConnect={onConnect}
        onDelete={onDelete}
        onNodeClick={(_e, n) => select({ kind: 'step', id: n.id })}
        onEdgeClick={(_e, e) => {
          const { from, index } = e.data as { from: string; index: number };
          select({ kind: 'transition', from, index });
        }}
        onPaneClick={() => select(null)}
        fitView
        fitViewOptions={{ maxZoom: 1, padding: 0.15 }}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </Box>
  );
};
