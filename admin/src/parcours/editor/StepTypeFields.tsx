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
            schema="steps[task].assignee"
            onChange={(change) =>
              onChange((s) => (s.type === 'task' ? { ...s, assignee: change(s.assignee) as Assignee } : s))
            }
          />
          <DurationInput
            label={translate('parcours.editor.due')}
            value={step.due}
            optional
            error={errorAt('due')}
            testId="step-due"
            schema="steps[task].due"
            onChange={(due) => set({ due })}
          />
          <DurationInput
            label={translate('parcours.editor.reminder')}
            value={step.reminder}
            optional
            error={errorAt('reminder')}
            testId="step-reminder"
            schema="steps[task].reminder"
            onChange={(reminder) => set({ reminder })}
          />
          <DurationInput
            label={translate('parcours.editor.escalation_after')}
            value={step.escalation?.after}
            optional
            error={errorAt('escalation')}
            testId="step-escalation"
            schema="steps[task].escalation.after"
            onChange={(after) =>
              set({ escalation: after ? { after, to: step.escalation?.to ?? { role: 'coordinator' } } : undefined })
            }
          />
          {step.escalation ? (
            <AssigneeInput
              label={translate('parcours.editor.escalation_to')}
              value={step.escalation.to}
              testId="step-escalation-to"
              schema="steps[task].escalation.to"
              onChange={(change) =>
                onChange((s) =>
                  s.type === 'task' && s.escalation
                    ? { ...s, escalation: { ...s.escalation, to: change(s.escalation.to) as Assignee } }
                    : s,
                )
              }
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
          schema="steps[wait].duration"
          onChange={(duration) => set({ duration: duration ?? '' })}
        />
      );
    case 'decision':
      return (
        <Stack spacing={1}>
          <FormControlLabel
            data-schema="steps[decision].reevaluate.onFacts"
            control={
              <Checkbox
                checked={step.reevaluate?.onFacts ?? false}
                slotProps={{ input: { 'data-testid': 'step-reevaluate' } as object }}
                onChange={(e) =>
                  set({
                    reevaluate: e.target.checked
                      ? { onFacts: true, timeout: step.reevaluate?.timeout ?? 'P30D' }
                      : undefined,
                  })
                }
              />
            }
            label={translate('parcours.editor.reevaluate')}
          />
          {step.reevaluate ? (
            <DurationInput
              label={translate('parcours.editor.reevaluate_timeout')}
              value={step.reevaluate.timeout}
              error={errorAt('reevaluate')}
              testId="step-reevaluate-timeout"
              schema="steps[decision].reevaluate.timeout"
              onChange={(timeout) => set({ reevaluate: { onFacts: true, timeout: timeout ?? '' } })}
            />
          ) : null}
        </Stack>
      );
    case 'notify':
      return (
        <Stack spacing={2}>
          <AssigneeInput
            label={translate('parcours.editor.notify_to')}
            value={step.to}
            extra
            testId="step-notify-to"
            schema="steps[notify].to"
            onChange={(change) => onChange((s) => (s.type === 'notify' ? { ...s, to: change(s.to) } : s))}
          />
          <LocalizedTextInputs
            label={translate('parcours.editor.message')}
            value={step.message}
            error={errorAt('message')}
            testId="step-message"
            schema="steps[notify].message"
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
            slotProps={{
              htmlInput: { 'data-testid': 'step-subparcours', 'data-schema': 'steps[subparcours].parcours' },
            }}
            onChange={(e) => set({ parcours: e.target.value })}
          />
          <TextField
            size="small"
            type="number"
            label={translate('parcours.editor.subparcours_version')}
            value={step.version ?? ''}
            error={Boolean(errorAt('version'))}
            helperText={errorAt('version') ?? translate('parcours.editor.subparcours_version_help')}
            slotProps={{
              htmlInput: {
                min: 1,
                'data-testid': 'step-subparcours-version',
                'data-schema': 'steps[subparcours].version',
              },
            }}
            onChange={(e) => {
              const n = Number(e.target.value);
              set({ version: e.target.value === '' || !Number.isInteger(n) || n < 1 ? undefined : n });
            }}
          />
          <FormControlLabel
            data-schema="steps[subparcours].wait"
            control={<Checkbox checked={step.wait ?? false} onChange={(e) => set({ wait: e.target.checked })} />}
            label={translate('parcours.editor.subparcours_wait')}
          />
        </Stack>
      );
    case 'end':
      return (
        <OutcomeInput
          schema="steps[end].outcome"
          value={step.outcome}
          error={errorAt('outcome')}
          onChange={(outcome) => set({ outcome })}
        />
      );
  }
};
