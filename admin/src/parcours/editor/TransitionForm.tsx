// The panel of the selected transition: where it goes, its label, and its condition built with the rule builder.
import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { transitionFields } from '../rules/fields';
import { makeDefault, removeTransition, updateTransition, type DraftStep } from './draft';
import { useEditor } from './EditorContext';
import { IssueList } from './IssueList';
import { LocalizedTextInputs } from './LocalizedTextInputs';
import { RuleBuilder } from './RuleBuilder';
import { transitionRank } from './TransitionList';

export const TransitionForm = ({ step, index }: { step: Exclude<DraftStep, { type: 'end' }>; index: number }) => {
  const translate = useTranslate();
  const { draft, setDraft, select, issues, readOnly } = useEditor();
  const transition = step.next[index];
  const fields = useMemo(() => transitionFields(draft.steps, step.id), [draft.steps, step.id]);
  if (!transition) return null;
  const isDefault = !transition.when;
  const isLast = index === step.next.length - 1;
  const own = issues.filter((i) => i.stepId === step.id && i.transition === index);
  return (
    <Stack spacing={2} data-testid="transition-panel">
      <Typography variant="h6">
        {translate('parcours.editor.transition_panel', {
          from: step.title?.fr || step.id,
          rank: transitionRank(step, index, translate('parcours.editor.otherwise')),
        })}
      </Typography>
      <TextField
        select
        size="small"
        label={translate('parcours.editor.transition_to')}
        value={transition.to}
        disabled={readOnly}
        data-schema={`steps[${step.type}].next[].to`}
        onChange={(e) => setDraft((d) => updateTransition(d, step.id, index, { to: e.target.value }))}
      >
        {draft.steps.map((s) => (
          <MenuItem key={s.id} value={s.id}>
            {s.title?.fr ? `${s.title.fr} (${s.id})` : s.id}
          </MenuItem>
        ))}
      </TextField>
      <LocalizedTextInputs
        label={translate('parcours.editor.transition_label')}
        value={transition.label}
        testId="transition-label"
        schema={`steps[${step.type}].next[].label`}
        disabled={readOnly}
        optional
        onChange={(label) => setDraft((d) => updateTransition(d, step.id, index, { label }))}
      />
      {isDefault ? (
        <Alert severity="info">
          {translate(isLast ? 'parcours.editor.default_help' : 'parcours.editor.default_not_last')}
        </Alert>
      ) : (
        <Box data-schema={`steps[${step.type}].next[].when`}>
          <Typography variant="subtitle2" gutterBottom>
            {translate('parcours.editor.when')}
          </Typography>
          <RuleBuilder
            key={`${step.id}-${index}`}
            testId="transition-rules"
            condition={transition.when}
            fields={fields}
            disabled={readOnly}
            onChange={(when) => setDraft((d) => updateTransition(d, step.id, index, { when }))}
          />
        </Box>
      )}
      <IssueList issues={own} testId="transition-issues" />
      <Box sx={{ display: 'flex', gap: 1 }}>
        {!isDefault || !isLast ? (
          <Button disabled={readOnly} onClick={() => setDraft((d) => makeDefault(d, step.id, index))}>
            {translate('parcours.editor.make_default')}
          </Button>
        ) : null}
        <Button
          color="error"
          startIcon={<DeleteIcon />}
          disabled={readOnly}
          data-testid="delete-transition"
          onClick={() => {
            setDraft((d) => removeTransition(d, step.id, index));
            select({ kind: 'step', id: step.id });
          }}
        >
          {translate('parcours.editor.delete_transition')}
        </Button>
        <Button data-testid="back-to-step" onClick={() => select({ kind: 'step', id: step.id })}>
          {translate('parcours.editor.back_to_step')}
        </Button>
      </Box>
    </Stack>
  );
};
