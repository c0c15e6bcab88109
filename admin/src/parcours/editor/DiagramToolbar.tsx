// One button per step type: the new step lands on the diagram and opens in the panel.
import { Box, Button } from '@mui/material';
import { STEP_TYPES } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { addStep } from './draft';
import { useEditor } from './EditorContext';
import { StepTypeIcon } from './StepTypeIcon';

export const DiagramToolbar = () => {
  const translate = useTranslate();
  const { draft, setDraft, select, readOnly } = useEditor();
  if (readOnly) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 1 }} data-testid="diagram-toolbar">
      {STEP_TYPES.map((type) => (
        <Button
          key={type}
          size="small"
          variant="outlined"
          startIcon={<StepTypeIcon type={type} />}
          data-testid={`add-step-${type}`}
          onClick={() => {
            // The id is computed from the current draft so the panel can open on it right away.
            const { draft: next, id } = addStep(draft, type);
            setDraft(() => next);
            select({ kind: 'step', id });
          }}
        >
          {translate(`parcours.editor.step_types.${type}`)}
        </Button>
      ))}
    </Box>
  );
};
