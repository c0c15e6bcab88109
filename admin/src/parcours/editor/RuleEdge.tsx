// A transition's arrow with its rule written near the step it leads to: labels of the transitions leaving one step
// start from the same point, so written at the middle they pile up; near their targets they stay apart. Loops (going
// back up) are drawn as a stepped path around the side of the graph.
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  getSmoothStepPath,
  type Edge,
  type EdgeProps,
} from '@xyflow/react';

export type RuleEdgeData = { from: string; index: number; loop: boolean; rule?: string; fullRule?: string };
export type RuleEdgeType = Edge<RuleEdgeData, 'rule'>;

/** Where the label sits along the arrow (0 = source, 1 = target). */
const AT = 0.72;

/** Point of React Flow's default bezier (vertical handles, curvature 0.25) at `t`. */
const bezierPoint = (sx: number, sy: number, tx: number, ty: number, t: number): { x: number; y: number } => {
  const offset = (d: number) => (d >= 0 ? 0.5 * d : 0.25 * 25 * Math.sqrt(-d));
  const c1 = { x: sx, y: sy + offset(ty - sy) };
  const c2 = { x: tx, y: ty - offset(ty - sy) };
  const u = 1 - t;
  const b = (a: number, p: number, q: number, r: number) =>
    u * u * u * a + 3 * u * u * t * p + 3 * u * t * t * q + t * t * t * r;
  return { x: b(sx, c1.x, c2.x, tx), y: b(sy, c1.y, c2.y, ty) };
};

export const RuleEdge = (props: EdgeProps<RuleEdgeType>) => {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, style, markerEnd } = props;
  const loop = data?.loop ?? false;
  const [path, midX, midY] = loop
    ? getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, offset: 40 })
    : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const at = loop ? { x: midX, y: midY } : bezierPoint(sourceX, sourceY, targetX, targetY, AT);
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />
      {data?.rule ? (
        <EdgeLabelRenderer>
          <div
            className="rule-edge-label nodrag nopan"
            data-testid={`edge-label-${id}`}
            title={data.fullRule ?? data.rule}
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)`,
              background: 'rgba(255, 255, 255, 0.92)',
              color: '#333',
              border: '1px solid #ddd',
              borderRadius: 4,
              padding: '1px 5px',
              fontSize: 11,
              maxWidth: 220,
              whiteSpace: 'normal',
              textAlign: 'center',
              lineHeight: 1.25,
            }}
          >
            {data.rule}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
};
