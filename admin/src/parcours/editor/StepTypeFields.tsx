// The fields that belong to one step type (assignee and durations of a task, duration of a wait, outcome of an end…).
import { Checkbox, FormControlLabel, Stack, TextField } from '@mui/material';
import type { Assignee } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { AssigneeInput } from './AssigneeInput';
import type { DraftStep } from './draft';
import { DurationInput } from './DurationInput';
import { FormFieldsEditor } from './FormFieldsEditor';
import { LocalizedTextInputs } from './LocalizedTextInputs';
import { useFieldError } from './useStepIssues';
import { OutcomeInput } from '../../common/OutcomeInput';

export const StepTypeFields = ({
  step,
  onChange,
}: {
  step: DraftStep;
  onChange: (f: (s: DraftStep) => DraftStep) => void;
}) => {
  const translate = useTranslate();
  const errorAt = useFieldError(step.id);
  const set = (patch: Record<string, unknown>) =>
    onChange((s) => {
      const next = { ...s, ...patch } as Record<string, unknown>;
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
      return next as DraftStep;
    });
  switch (step.type) {
    case 'task':
      return (
        <Stack spacing={2}>
          <AssigneeInput
            label={translate('parcours.editor.assignee')}
            value={step.assignee}
            testId="step-assignee"
            onChange={(assignee) => set({ assignee })}
          />
          <DurationInput
            label={translate('parcours.editor.due')}
            value={step.due}
            optional
            error={errorAt('due')}
            testId="step-due"
            onChange={(due) => set({ due })}
          />
          <DurationInput
            label={translate('parcours.editor.reminder')}
            value={step.reminder}
            optional
            error={errorAt('reminder')}
            testId="step-reminder"
            onChange={(reminder) => set({ reminder })}
          />
          <DurationInput
            label={translate('parcours.editor.escalation_after')}
            value={step.escalation?.after}
            optional
            error={errorAt('escalation')}
            testId="step-escalation"
            onChange={(after) =>
              set({ escalation: after ? { after, to: step.escalation?.to ?? { role: 'coordinator' } } : undefined })
            }
          />
          {step.escalation ? (
            <AssigneeInput
              label={translate('parcours.editor.escalation_to')}
              value={step.escalation.to}
              testId="step-escalation-to"
              onChange={(to) => set({ escalation: { after: step.escalation?.after ?? 'P7D', to: to as Assignee } })}
            />
          ) : null}
          <FormFieldsEditor step={step} />
        </Stack>
      );
    case 'wait':
      return (
        <DurationInput
          label={translate('parcours.editor.duration')}
          value={step.duration}
          error={errorAt('duration')}
          testId="step-duration"
          onChange={(duration) => set({ duration: duration ?? '' })}
        />
      );
    case 'decision':
      return null;
    case 'notify':
      return (
        <Stack spacing={2}>
          <AssigneeInput
            label={translate('parcours.editor.notify_to')}
            value={step.to}
            extra
            testId="step-notify-to"
            onChange={(to) => set({ to })}
          />
          <LocalizedTextInputs
            label={translate('parcours.editor.message')}
            value={step.message}
            error={errorAt('message')}
            testId="step-message"
            multiline
            onChange={(message) => set({ message })}
          />
        </Stack>
      );
    case 'subparcours':
      return (
        <Stack spacing={2}>
          <TextField
            size="small"
            label={translate('parcours.editor.subparcours_key')}
            value={step.parcours}
            error={Boolean(errorAt('parcours'))}
            helperText={errorAt('parcours')}
            onChange={(e) => set({ parcours: e.target.value })}
          />
          <FormControlLabel
            control={<Checkbox checked={step.wait ?? false} onChange={(e) => set({ wait: e.target.checked })} />}
            label={translate('parcours.editor.subparcours_wait')}
          />
        </Stack>
      );
    case 'end':
      return <OutcomeInput value={step.outcome} error={errorAt('outcome')} onChange={(outcome) => set({ outcome })} />;
  }
};
