// The form of a task step, built field by field: id, label, type, required, and options for choices.
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { FormField, FormFieldType, TaskStep } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { updateField } from './draft';
import { useEditor } from './EditorContext';
import { LocalizedTextInputs } from './LocalizedTextInputs';
import { useFieldError } from './useStepIssues';
import { ChoiceOptionsEditor } from './ChoiceOptionsEditor';
import { fieldIdFromLabel, isGeneratedFieldId } from './ids';

const FIELD_TYPES: readonly FormFieldType[] = ['number', 'boolean', 'choice', 'date', 'text'];

/** Changing a field's type keeps what every type shares and drops the rest. */
const retype = (f: FormField, type: FormFieldType): FormField => {
  const base = { id: f.id, label: f.label, ...(f.required ? { required: true } : {}) };
  return type === 'choice'
    ? { ...base, type, options: [{ value: 'oui', label: { fr: 'Oui' } }] }
    : ({ ...base, type } as FormField);
};

const freshFieldId = (step: TaskStep): string => {
  const used = new Set(step.form.map((f) => f.id));
  let n = 1;
  while (used.has(`champ${n}`)) n += 1;
  return `champ${n}`;
};

export const FormFieldsEditor = ({ step }: { step: TaskStep }) => {
  const translate = useTranslate();
  const { setDraft, readOnly } = useEditor();
  const errorAt = useFieldError(step.id);
  const set = (index: number, field: FormField | null) => setDraft((d) => updateField(d, step.id, index, field));

  return (
    <Stack spacing={1} data-testid="form-fields">
      <Typography variant="subtitle2">{translate('parcours.editor.form_fields')}</Typography>
      {step.form.map((field, index) => (
        <Paper key={index} variant="outlined" sx={{ p: 1 }} data-testid={`form-field-${index}`}>
          <Stack spacing={1}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
              <TextField
                size="small"
                label={translate('parcours.editor.field_id')}
                value={field.id}
                error={Boolean(errorAt(`form/${index}/id`))}
                helperText={errorAt(`form/${index}/id`)}
                slotProps={{ htmlInput: { 'data-testid': `field-${index}-id` } }}
                onChange={(e) => set(index, { ...field, id: e.target.value })}
                sx={{ flex: 1 }}
              />
              <TextField
                select
                size="small"
                label={translate('parcours.editor.field_type')}
                value={field.type}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': `field-${index}-type` } as object } }}
                onChange={(e) => set(index, retype(field, e.target.value as FormFieldType))}
                sx={{ width: 150 }}
              >
                {FIELD_TYPES.map((t) => (
                  <MenuItem key={t} value={t}>
                    {translate(`parcours.editor.field_types.${t}`)}
                  </MenuItem>
                ))}
              </TextField>
              <FormControlLabel
                control={
                  <Checkbox
                    checked={field.required ?? false}
                    onChange={(e) => set(index, { ...field, required: e.target.checked })}
                  />
                }
                label={translate('parcours.editor.required')}
              />
              <IconButton
                aria-label={translate('parcours.editor.remove_field')}
                disabled={readOnly}
                onClick={() => set(index, null)}
              >
                <DeleteIcon />
              </IconButton>
            </Box>
            <LocalizedTextInputs
              label={translate('parcours.editor.field_label')}
              value={field.label}
              error={errorAt(`form/${index}/label`)}
              testId={`field-${index}-label`}
              onChange={(label) => {
                // The id follows the French label until the coordinator types one herself.
                const derived = fieldIdFromLabel(label.fr);
                const id = derived && isGeneratedFieldId(field.id, field.label.fr) ? derived : field.id;
                set(index, { ...field, id, label });
              }}
            />
            {field.type === 'number' ? (
              <Box sx={{ display: 'flex', gap: 1 }}>
                {(['min', 'max'] as const).map((k) => (
                  <TextField
                    key={k}
                    size="small"
                    type="number"
                    label={translate(`parcours.editor.${k}`)}
                    value={field[k] ?? ''}
                    onChange={(e) =>
                      set(index, { ...field, [k]: e.target.value === '' ? undefined : Number(e.target.value) })
                    }
                  />
                ))}
                <TextField
                  size="small"
                  label={translate('parcours.editor.field_unit')}
                  value={field.unit ?? ''}
                  onChange={(e) => set(index, { ...field, unit: e.target.value || undefined })}
                />
              </Box>
            ) : null}
            {field.type === 'choice' ? (
              <ChoiceOptionsEditor field={field} onChange={(f) => set(index, f)} errorAt={errorAt} index={index} />
            ) : null}
          </Stack>
        </Paper>
      ))}
      <Button
        startIcon={<AddIcon />}
        disabled={readOnly}
        data-testid="add-form-field"
        onClick={() =>
          set(step.form.length, { id: freshFieldId(step), type: 'number', label: { fr: '' }, required: true })
        }
      >
        {translate('parcours.editor.add_field')}
      </Button>
    </Stack>
  );
};
