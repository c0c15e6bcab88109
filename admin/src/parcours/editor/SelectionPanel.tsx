// Beside the diagram: the panel of whatever is selected, or a hint when nothing is.
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useEditor } from './EditorContext';
import { StepForm } from './StepForm';
import { TransitionForm } from './TransitionForm';

export const SelectionPanel = () => {
  const translate = useTranslate();
  const { draft, selection } = useEditor();
  if (selection?.kind === 'step') {
    const index = draft.steps.findIndex((s) => s.id === selection.id);
    const step = draft.steps[index];
    // Keyed by position, not id: renaming a step must not remount the panel, or the field the coordinator just
    // clicked (the title, right after typing the id) would lose focus and what she types next.
    if (step) return <StepForm key={index} step={step} />;
  }
  if (selection?.kind === 'transition') {
    const step = draft.steps.find((s) => s.id === selection.from);
    if (step && step.type !== 'end') return <TransitionForm step={step} index={selection.index} />;
  }
  return (
    <Typography color="text.secondary" data-testid="selection-hint">
      {translate('parcours.editor.select_hint')}
    </Typography>
  );
};
