// The panel of the selected step: identity, titles, the fields of its type, its transitions, start and delete.
import DeleteIcon from '@mui/icons-material/Delete';
import FlagCircleIcon from '@mui/icons-material/FlagCircle';
import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { STEP_TYPES, type StepType } from '@parcours/rules';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { newStep, removeStep, renameStep, updateStep, type DraftStep } from './draft';
import { useEditor } from './EditorContext';
import { IssueList } from './IssueList';
import { LocalizedTextInputs } from './LocalizedTextInputs';
import { StepTypeFields } from './StepTypeFields';
import { TransitionList } from './TransitionList';
import { useFieldError } from './useStepIssues';

/** Sets optional texts of a step, dropping those emptied. */
const withOptional = (s: DraftStep, changes: Record<string, unknown>): DraftStep => {
  const next = { ...s, ...changes } as Record<string, unknown>;
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete next[k];
  return next as DraftStep;
};

export const StepForm = ({ step }: { step: DraftStep }) => {
  const translate = useTranslate();
  const { draft, setDraft, select, issues, readOnly, autoIds } = useEditor();
  const errorAt = useFieldError(step.id);
  // The id is renamed when the input loses focus, so references are not rewritten on every keystroke.
  const [idText, setIdText] = useState(step.id);
  // The panel survives a rename (and another step at the same place): follow the id it now shows.
  const [shownId, setShownId] = useState(step.id);
  if (shownId !== step.id) {
    setShownId(step.id);
    setIdText(step.id);
  }
  const change = (f: (s: DraftStep) => DraftStep) => setDraft((d) => updateStep(d, step.id, f));
  const commitId = () => {
    if (idText && idText !== step.id && !draft.steps.some((s) => s.id === idText)) {
      setDraft((d) => renameStep(d, step.id, idText));
      autoIds.renameStep(step.id, idText);
      select({ kind: 'step', id: idText });
    } else setIdText(step.id);
  };
  const retype = (type: StepType) =>
    change((s) => {
      const fresh = newStep(type, s.id);
      const kept = { ...(s.title ? { title: s.title } : {}), ...(s.help ? { help: s.help } : {}) };
      return 'next' in fresh && 'next' in s ? { ...fresh, ...kept, next: s.next } : { ...fresh, ...kept };
    });
  const ownIssues = issues.filter((i) => i.stepId === step.id && i.transition === undefined);

  return (
    <Stack spacing={2} data-testid="step-panel">
      <Typography variant="h6">{translate('parcours.editor.step_panel')}</Typography>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <TextField
          size="small"
          label={translate('parcours.editor.step_id')}
          value={idText}
          disabled={readOnly}
          slotProps={{ htmlInput: { 'data-testid': 'step-id', 'data-schema': `steps[${step.type}].id` } }}
          onChange={(e) => setIdText(e.target.value)}
          onBlur={commitId}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitId();
          }}
          sx={{ flex: 1 }}
        />
        <TextField
          select
          size="small"
          label={translate('parcours.editor.step_type')}
          value={step.type}
          disabled={readOnly}
          data-schema={`steps[${step.type}].type`}
          onChange={(e) => retype(e.target.value as StepType)}
          sx={{ width: 170 }}
        >
          {STEP_TYPES.map((t) => (
            <MenuItem key={t} value={t}>
              {translate(`parcours.editor.step_types.${t}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <LocalizedTextInputs
        label={translate('parcours.editor.step_title')}
        value={step.title}
        error={errorAt('title')}
        testId="step-title"
        schema={`steps[${step.type}].title`}
        optional
        onChange={(title) => change((s) => withOptional(s, { title }))}
      />
      <LocalizedTextInputs
        label={translate('parcours.editor.step_help')}
        value={step.help}
        error={errorAt('help')}
        testId="step-help"
        schema={`steps[${step.type}].help`}
        optional
        multiline
        onChange={(help) => change((s) => withOptional(s, { help }))}
      />
      <StepTypeFields step={step} onChange={change} />
      <IssueList issues={ownIssues} testId="step-issues" />
      {step.type !== 'end' ? <TransitionList step={step} /> : null}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button
          startIcon={<FlagCircleIcon />}
          disabled={readOnly || draft.start === step.id}
          data-schema="start"
          onClick={() => setDraft((d) => ({ ...d, start: step.id }))}
        >
          {translate('parcours.editor.make_start')}
        </Button>
        <Button
          color="error"
          startIcon={<DeleteIcon />}
          disabled={readOnly}
          data-testid="delete-step"
          onClick={() => {
            setDraft((d) => removeStep(d, step.id));
            select(null);
          }}
        >
          {translate('parcours.editor.delete_step')}
        </Button>
      </Box>
    </Stack>
  );
};
