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
import { renameFieldReferences, updateField } from './draft';
import { useEditor } from './EditorContext';
import { LocalizedTextInputs } from './LocalizedTextInputs';
import { useFieldError } from './useStepIssues';
import { ChoiceOptionsEditor } from './ChoiceOptionsEditor';
import { idForLabel } from './ids';

const FIELD_TYPES: readonly FormFieldType[] = ['number', 'boolean', 'choice', 'date', 'text'];

/** Changing a field's type keeps what every type shares and drops the rest. */
const retype = (f: FormField, type: FormFieldType): FormField => {
  const base = {
    id: f.id,
    label: f.label,
    ...(f.required ? { required: true } : {}),
    ...(f.help ? { help: f.help } : {}),
  };
  return type === 'choice'
    ? { ...base, type, options: [{ value: 'oui', label: { fr: 'Oui' } }] }
    : ({ ...base, type } as FormField);
};

/** Sets optional properties, dropping those set to undefined (the JSON stays free of `"unit": undefined`). */
const patch = <F extends FormField>(f: F, changes: Record<string, unknown>): F => {
  const next = { ...f, ...changes } as Record<string, unknown>;
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete next[k];
  return next as F;
};

const numberOrUndefined = (text: string): number | undefined =>
  text === '' || Number.isNaN(Number(text)) ? undefined : Number(text);

const freshFieldId = (step: TaskStep): string => {
  const used = new Set(step.form.map((f) => f.id));
  let n = 1;
  while (used.has(`champ${n}`)) n += 1;
  return `champ${n}`;
};

export const FormFieldsEditor = ({ step }: { step: TaskStep }) => {
  const translate = useTranslate();
  const { setDraft, readOnly, autoIds } = useEditor();
  const errorAt = useFieldError(step.id);
  /** Replaces field `index`; a changed id is carried into the conditions that read it. */
  const set = (index: number, field: FormField | null) =>
    setDraft((d) => {
      const before = step.form[index]?.id;
      const next = updateField(d, step.id, index, field);
      const clash = (id: string) => step.form.some((f, i) => i !== index && f.id === id);
      return field && before && field.id && !clash(before) && !clash(field.id)
        ? renameFieldReferences(next, step.id, before, field.id)
        : next;
    });
  const schema = (f: FormField) => `steps[task].form[${f.type}]`;

  return (
    <Stack spacing={1} data-testid="form-fields">
      <Typography variant="subtitle2">{translate('parcours.editor.form_fields')}</Typography>
      {step.form.map((field, index) => (
        <Paper key={index} variant="outlined" sx={{ p: 1 }} data-testid={`form-field-${index}`}>
          <Stack spacing={1}>
            <LocalizedTextInputs
              label={translate('parcours.editor.field_label')}
              value={field.label}
              error={errorAt(`form/${index}/label`)}
              testId={`field-${index}-label`}
              schema={`${schema(field)}.label`}
              onChange={(label) => {
                // The id follows the French label until the coordinator types one herself.
                const others = new Set(step.form.filter((_, i) => i !== index).map((f) => f.id));
                const id = idForLabel(field.id, autoIds.follows(step.id, field.id), label.fr, others);
                if (id !== field.id) {
                  autoIds.set(step.id, field.id, false);
                  autoIds.set(step.id, id, true);
                }
                set(index, { ...field, id, label });
              }}
            />
            <TextField
              size="small"
              fullWidth
              label={translate('parcours.editor.field_id')}
              value={field.id}
              disabled={readOnly}
              error={Boolean(errorAt(`form/${index}/id`))}
              helperText={errorAt(`form/${index}/id`) ?? translate('parcours.editor.field_id_help')}
              slotProps={{
                htmlInput: {
                  'data-testid': `field-${index}-id`,
                  'data-schema': `${schema(field)}.id`,
                  spellCheck: false,
                },
              }}
              onChange={(e) => {
                // Typed by hand: from now on the label never rewrites it.
                autoIds.set(step.id, field.id, false);
                set(index, { ...field, id: e.target.value });
              }}
              sx={{ '& input': { fontFamily: 'monospace' } }}
            />
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <TextField
                select
                size="small"
                label={translate('parcours.editor.field_type')}
                value={field.type}
                disabled={readOnly}
                data-schema={`${schema(field)}.type`}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': `field-${index}-type` } as object } }}
                onChange={(e) => set(index, retype(field, e.target.value as FormFieldType))}
                sx={{ width: 170 }}
              >
                {FIELD_TYPES.map((t) => (
                  <MenuItem key={t} value={t}>
                    {translate(`parcours.editor.field_types.${t}`)}
                  </MenuItem>
                ))}
              </TextField>
              <FormControlLabel
                data-schema={`${schema(field)}.required`}
                control={
                  <Checkbox
                    checked={field.required ?? false}
                    disabled={readOnly}
                    onChange={(e) => set(index, patch(field, { required: e.target.checked || undefined }))}
                  />
                }
                label={translate('parcours.editor.required')}
              />
              <Box sx={{ flex: 1 }} />
              <IconButton
                aria-label={translate('parcours.editor.remove_field')}
                disabled={readOnly}
                onClick={() => set(index, null)}
              >
                <DeleteIcon />
              </IconButton>
            </Box>
            {field.type === 'number' ? (
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                {(['min', 'max'] as const).map((k) => (
                  <TextField
                    key={k}
                    size="small"
                    type="number"
                    label={translate(`parcours.editor.${k}`)}
                    value={field[k] ?? ''}
                    disabled={readOnly}
                    slotProps={{
                      htmlInput: { 'data-testid': `field-${index}-${k}`, 'data-schema': `${schema(field)}.${k}` },
                    }}
                    onChange={(e) => set(index, patch(field, { [k]: numberOrUndefined(e.target.value) }))}
                    sx={{ width: 110 }}
                  />
                ))}
                <TextField
                  size="small"
                  label={translate('parcours.editor.field_unit')}
                  value={field.unit ?? ''}
                  disabled={readOnly}
                  slotProps={{
                    htmlInput: { 'data-testid': `field-${index}-unit`, 'data-schema': `${schema(field)}.unit` },
                  }}
                  onChange={(e) => set(index, patch(field, { unit: e.target.value || undefined }))}
                  sx={{ width: 110 }}
                />
                <FormControlLabel
                  data-schema={`${schema(field)}.integer`}
                  control={
                    <Checkbox
                      checked={field.integer ?? false}
                      disabled={readOnly}
                      slotProps={{ input: { 'data-testid': `field-${index}-integer` } as object }}
                      onChange={(e) => set(index, patch(field, { integer: e.target.checked || undefined }))}
                    />
                  }
                  label={translate('parcours.editor.integer')}
                />
              </Box>
            ) : null}
            {field.type === 'text' ? (
              <TextField
                size="small"
                type="number"
                label={translate('parcours.editor.max_length')}
                value={field.maxLength ?? ''}
                disabled={readOnly}
                slotProps={{
                  htmlInput: {
                    min: 1,
                    'data-testid': `field-${index}-maxLength`,
                    'data-schema': `${schema(field)}.maxLength`,
                  },
                }}
                onChange={(e) => set(index, patch(field, { maxLength: numberOrUndefined(e.target.value) }))}
                sx={{ width: 200 }}
              />
            ) : null}
            {field.type === 'choice' ? (
              <ChoiceOptionsEditor field={field} onChange={(f) => set(index, f)} errorAt={errorAt} index={index} />
            ) : null}
            <LocalizedTextInputs
              label={translate('parcours.editor.field_help')}
              value={field.help}
              optional
              testId={`field-${index}-help`}
              schema={`${schema(field)}.help`}
              onChange={(help) => set(index, patch(field, { help }))}
            />
          </Stack>
        </Paper>
      ))}
      <Button
        startIcon={<AddIcon />}
        disabled={readOnly}
        data-testid="add-form-field"
        onClick={() => {
          const id = freshFieldId(step);
          autoIds.set(step.id, id, true);
          set(step.form.length, { id, type: 'number', label: { fr: '' }, required: true });
        }}
      >
        {translate('parcours.editor.add_field')}
      </Button>
    </Stack>
  );
};
