import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Box, Button, Checkbox, FormControlLabel, IconButton, Stack, TextField } from '@mui/material';
import type { FormField } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { LocalizedTextInputs } from './LocalizedTextInputs';

type ChoiceField = Extract<FormField, { type: 'choice' }>;

/** Options of a choice field: the stored value (used in rules) and the label shown to professionals. */
export const ChoiceOptionsEditor = ({
  field,
  index,
  onChange,
  errorAt,
}: {
  field: ChoiceField;
  index: number;
  onChange: (f: ChoiceField) => void;
  errorAt: (field: string) => string | undefined;
}) => {
  const translate = useTranslate();
  const setOption = (i: number, option: ChoiceField['options'][number] | null) => {
    const options = [...field.options];
    if (option === null) options.splice(i, 1);
    else options[i] = option;
    onChange({ ...field, options });
  };
  return (
    <Stack spacing={1} sx={{ pl: 2 }}>
      {field.options.map((o, i) => (
        <Box key={i} sx={{ display: 'flex', gap: 1 }}>
          <TextField
            size="small"
            label={translate('parcours.editor.option_value')}
            value={o.value}
            error={Boolean(errorAt(`form/${index}/options/${i}`))}
            slotProps={{
              htmlInput: {
                'data-testid': `field-${index}-option-${i}-value`,
                'data-schema': 'steps[task].form[choice].options[].value',
              },
            }}
            sx={{ width: 130 }}
            onChange={(e) => setOption(i, { ...o, value: e.target.value })}
          />
          <Box sx={{ flex: 1 }}>
            <LocalizedTextInputs
              label={translate('parcours.editor.option_label')}
              value={o.label}
              testId={`field-${index}-option-${i}-label`}
              schema="steps[task].form[choice].options[].label"
              onChange={(label) => setOption(i, { ...o, label })}
            />
          </Box>
          <IconButton aria-label={translate('parcours.editor.remove_option')} onClick={() => setOption(i, null)}>
            <DeleteIcon />
          </IconButton>
        </Box>
      ))}
      <Box sx={{ display: 'flex', gap: 2 }}>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => setOption(field.options.length, { value: '', label: { fr: '' } })}
        >
          {translate('parcours.editor.add_option')}
        </Button>
        <FormControlLabel
          data-schema="steps[task].form[choice].multiple"
          control={
            <Checkbox
              checked={field.multiple ?? false}
              onChange={(e) => onChange({ ...field, multiple: e.target.checked })}
            />
          }
          label={translate('parcours.editor.multiple')}
        />
      </Box>
    </Stack>
  );
};
