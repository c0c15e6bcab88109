// One step on the diagram: its type, title and id, a red badge counting its validation errors, and the Tester's path.
import { Badge, Box, Typography } from '@mui/material';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import type { StepType } from '@parcours/rules';
import { NODE_HEIGHT, NODE_WIDTH } from './layout';
import { StepTypeIcon } from './StepTypeIcon';

export type StepNodeData = {
  stepType: StepType;
  title: string;
  isStart: boolean;
  errors: number;
  onPath: boolean;
  dimmed: boolean;
};
export type StepNodeType = Node<StepNodeData, 'step'>;

export const StepNode = ({ id, data, selected }: NodeProps<StepNodeType>) => {
  const translate = useTranslate();
  return (
    <Badge badgeContent={data.errors} color="error" data-testid={`step-errors-${id}`} sx={{ display: 'block' }}>
      <Box
        data-testid={`step-node-${id}`}
        data-on-path={data.onPath ? 'true' : 'false'}
        sx={{
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          px: 1,
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          borderRadius: data.stepType === 'end' ? 6 : 1,
          border: 2,
          borderColor: selected ? 'primary.main' : data.onPath ? 'success.main' : 'divider',
          bgcolor: data.onPath ? 'success.light' : 'background.paper',
          opacity: data.dimmed ? 0.45 : 1,
          boxShadow: data.isStart ? 3 : 0,
        }}
      >
        <Handle type="target" position={Position.Top} />
        <StepTypeIcon type={data.stepType} />
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="caption" color="text.secondary" noWrap component="div">
            {translate(`parcours.editor.step_types.${data.stepType}`)}
            {data.isStart ? ` · ${translate('parcours.editor.start')}` : ''}
          </Typography>
          <Typography variant="body2" noWrap component="div" title={data.title}>
            {data.title}
          </Typography>
        </Box>
        {data.stepType !== 'end' ? <Handle type="source" position={Position.Bottom} /> : null}
        {/* Loops (arrows going back up) leave and enter on a side, so they are drawn around the steps. */}
        {(['left', 'right'] as const).map((side) => (
          <Fragment key={side}>
            {data.stepType !== 'end' ? (
              <Handle
                type="source"
                id={`loop-out-${side}`}
                position={side === 'left' ? Position.Left : Position.Right}
                isConnectable={false}
                style={{ top: '70%', opacity: 0 }}
              />
            ) : null}
            <Handle
              type="target"
              id={`loop-in-${side}`}
              position={side === 'left' ? Position.Left : Position.Right}
              isConnectable={false}
              style={{ top: '30%', opacity: 0 }}
            />
          </Fragment>
        ))}
      </Box>
    </Badge>
  );
};
