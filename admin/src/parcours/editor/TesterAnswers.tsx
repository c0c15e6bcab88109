// Scripted answers: what each task's form would receive, so the Tester can go past tasks.
import { Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { FormField } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { useLocalizedText } from '../../common/useLocalizedText';
import type { Draft } from './draft';

export type Script = Record<string, Record<string, unknown>>;

const AnswerInput = ({
  stepId,
  field,
  value,
  onChange,
}: {
  stepId: string;
  field: FormField;
  value: unknown;
  onChange: (v: unknown) => void;
}) => {
  const localize = useLocalizedText();
  const label = localize(field.label) || field.id;
  const testId = `answer-${stepId}-${field.id}`;
  switch (field.type) {
    case 'boolean':
      return (
        <FormControlLabel
          control={<Checkbox checked={value === true} onChange={(e) => onChange(e.target.checked)} />}
          label={label}
          data-testid={testId}
        />
      );
    case 'number':
      return (
        <TextField
          size="small"
          type="number"
          label={label}
          value={typeof value === 'number' ? value : ''}
          slotProps={{ htmlInput: { 'data-testid': testId } }}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      );
    case 'choice':
      return (
        <TextField
          select
          size="small"
          label={label}
          value={field.multiple ? (Array.isArray(value) ? value : []) : typeof value === 'string' ? value : ''}
          slotProps={{ select: { multiple: field.multiple ?? false } }}
          onChange={(e) => onChange(e.target.value)}
        >
          {field.options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {localize(o.label)}
            </MenuItem>
          ))}
        </TextField>
      );
    case 'date':
      return (
        <TextField
          size="small"
          type="date"
          label={label}
          value={typeof value === 'string' ? value : ''}
          slotProps={{ inputLabel: { shrink: true } }}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      );
    case 'text':
      return (
        <TextField
          size="small"
          label={label}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      );
  }
};

export const TesterAnswers = ({
  draft,
  script,
  onChange,
}: {
  draft: Draft;
  script: Script;
  onChange: (s: Script) => void;
}) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const tasks = draft.steps.filter((s) => s.type === 'task');
  if (tasks.length === 0) return null;
  return (
    <Stack spacing={2}>
      <Typography variant="subtitle2">{translate('parcours.tester.answers')}</Typography>
      {tasks.map((task) => (
        <Stack key={task.id} spacing={1}>
          <Typography variant="body2">{localize(task.title) || task.id}</Typography>
          {task.form.length === 0 ? (
            <Typography variant="caption" color="text.secondary">
              {translate('parcours.tester.no_fields')}
            </Typography>
          ) : null}
          {task.form.map((field) => (
            <AnswerInput
              key={field.id}
              stepId={task.id}
              field={field}
              value={script[task.id]?.[field.id]}
              onChange={(v) => {
                const answers = { ...(script[task.id] ?? {}) };
                if (v === undefined) delete answers[field.id];
                else answers[field.id] = v;
                onChange({ ...script, [task.id]: answers });
              }}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
};
