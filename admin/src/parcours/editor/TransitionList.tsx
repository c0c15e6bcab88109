// The transitions leaving a step, in evaluation order, with a way to add one without dragging on the diagram.
import { Box, List, ListItemButton, ListItemText, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { connect, type DraftStep } from './draft';
import { useEditor } from './EditorContext';

export const TransitionList = ({ step }: { step: Exclude<DraftStep, { type: 'end' }> }) => {
  const translate = useTranslate();
  const { draft, setDraft, select, issues, readOnly } = useEditor();
  return (
    <Box>
      <Typography variant="subtitle2">{translate('parcours.editor.transitions')}</Typography>
      <List dense>
        {step.next.map((t, index) => {
          const errors = issues.filter((i) => i.stepId === step.id && i.transition === index).length;
          return (
            <ListItemButton
              key={index}
              data-testid={`transition-${step.id}-${index}`}
              onClick={() => select({ kind: 'transition', from: step.id, index })}
            >
              <ListItemText
                primary={`→ ${t.to}${t.label?.fr ? ` (${t.label.fr})` : ''}`}
                secondary={
                  (t.when ? translate('parcours.editor.if_condition') : translate('parcours.editor.otherwise')) +
                  (errors ? ` · ${translate('parcours.editor.error_count', { smart_count: errors })}` : '')
                }
              />
            </ListItemButton>
          );
        })}
      </List>
      <TextField
        select
        size="small"
        fullWidth
        disabled={readOnly}
        label={translate('parcours.editor.add_transition')}
        value=""
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'add-transition' } as object } }}
        onChange={(e) => setDraft((d) => connect(d, step.id, e.target.value))}
      >
        {draft.steps
          .filter((s) => s.id !== step.id)
          .map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.title?.fr ? `${s.title.fr} (${s.id})` : s.id}
            </MenuItem>
          ))}
      </TextField>
    </Box>
  );
};
