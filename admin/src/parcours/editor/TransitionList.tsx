// The transitions leaving a step, in evaluation order: numbered « 1, 2, … » then « sinon » (the default, always last),
// each with its rule in short words, reordered with the arrows or by dragging, and a way to add one without the diagram.
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DragIndicatorIcon from '@mui/icons-material/DragIndicator';
import {
  Box,
  Chip,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { connect, moveTransition, type DraftStep } from './draft';
import { useEditor } from './EditorContext';
import { useDescribeCondition } from './useDescribeCondition';

/** « 1 », « 2 »… for conditional transitions, « sinon » for the one without a condition. */
export const transitionRank = (step: Exclude<DraftStep, { type: 'end' }>, index: number, otherwise: string): string =>
  step.next[index]?.when ? String(index + 1) : otherwise;

export const TransitionList = ({ step }: { step: Exclude<DraftStep, { type: 'end' }> }) => {
  const translate = useTranslate();
  const { draft, setDraft, select, issues, readOnly } = useEditor();
  const describe = useDescribeCondition(draft);
  const [dragged, setDragged] = useState<number | null>(null);
  const lastIsDefault = step.next.length > 0 && !step.next[step.next.length - 1]?.when;
  const numbered = lastIsDefault ? step.next.length - 1 : step.next.length;
  const move = (index: number, target: number) => setDraft((d) => moveTransition(d, step.id, index, target));
  const titleOf = (id: string) => draft.steps.find((s) => s.id === id)?.title?.fr || id;
  return (
    <Box>
      <Typography variant="subtitle2">{translate('parcours.editor.transitions')}</Typography>
      <List dense data-testid={`transitions-${step.id}`}>
        {step.next.map((t, index) => {
          const errors = issues.filter((i) => i.stepId === step.id && i.transition === index).length;
          const movable = !readOnly && index < numbered;
          const rank = transitionRank(step, index, translate('parcours.editor.otherwise'));
          const rule = t.when ? describe(t.when) : translate('parcours.editor.default_rule');
          return (
            <ListItem
              key={index}
              disablePadding
              data-testid={`transition-row-${step.id}-${index}`}
              data-to={t.to}
              draggable={movable}
              onDragStart={() => setDragged(index)}
              onDragOver={(e) => {
                if (dragged !== null && index < numbered) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragged !== null) move(dragged, index);
                setDragged(null);
              }}
              onDragEnd={() => setDragged(null)}
              secondaryAction={
                <Box sx={{ display: 'flex' }}>
                  <IconButton
                    size="small"
                    aria-label={translate('parcours.editor.move_up')}
                    data-testid={`transition-${step.id}-${index}-up`}
                    disabled={!movable || index === 0}
                    onClick={() => move(index, index - 1)}
                  >
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton
                    size="small"
                    aria-label={translate('parcours.editor.move_down')}
                    data-testid={`transition-${step.id}-${index}-down`}
                    disabled={!movable || index >= numbered - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    <ArrowDownwardIcon fontSize="small" />
                  </IconButton>
                </Box>
              }
            >
              <ListItemButton
                data-testid={`transition-${step.id}-${index}`}
                onClick={() => select({ kind: 'transition', from: step.id, index })}
                sx={{ pr: 10, opacity: dragged === index ? 0.4 : 1 }}
              >
                {movable ? (
                  <DragIndicatorIcon fontSize="small" color="action" sx={{ mr: 0.5, cursor: 'grab' }} />
                ) : null}
                <Chip
                  size="small"
                  label={rank}
                  color={t.when ? 'primary' : 'default'}
                  data-testid={`transition-rank-${step.id}-${index}`}
                  sx={{ mr: 1, minWidth: 32 }}
                />
                <ListItemText
                  primary={`→ ${titleOf(t.to)}${t.label?.fr ? ` (${t.label.fr})` : ''}`}
                  secondary={
                    rule + (errors ? ` · ${translate('parcours.editor.error_count', { smart_count: errors })}` : '')
                  }
                />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
      <TextField
        select
        size="small"
        fullWidth
        disabled={readOnly}
        label={translate('parcours.editor.add_transition')}
        helperText={translate(
          lastIsDefault ? 'parcours.editor.add_transition_help' : 'parcours.editor.add_default_help',
        )}
        value=""
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'add-transition' } as object } }}
        onChange={(e) => setDraft((d) => connect(d, step.id, e.target.value))}
      >
        {draft.steps.map((s) => (
          <MenuItem key={s.id} value={s.id}>
            {s.title?.fr ? `${s.title.fr} (${s.id})` : s.id}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
};
