// French (required) and English (optional) text side by side, as every text of a definition is written.
import { Box, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { LocalizedText } from '@parcours/rules/contract';

interface BaseProps {
  label: string;
  value: LocalizedText | undefined;
  error?: string;
  testId: string;
  multiline?: boolean;
  /** Where this text lives in the format (`steps[task].title`), marked on both inputs for the schema coverage test. */
  schema?: string;
  disabled?: boolean;
}
/** An optional text (help, description, transition label) is removed when both inputs are emptied. */
type Props =
  | (BaseProps & { optional?: false; onChange: (v: LocalizedText) => void })
  | (BaseProps & { optional: true; onChange: (v: LocalizedText | undefined) => void });

export const LocalizedTextInputs = (props: Props) => {
  const { label, value, error, testId, multiline, schema, disabled } = props;
  const translate = useTranslate();
  const current = value ?? { fr: '' };
  const emit = (v: LocalizedText) => {
    if (props.optional) props.onChange(v.fr === '' && !v.en ? undefined : v);
    else props.onChange(v);
  };
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <TextField
        size="small"
        label={`${label} (${translate('parcours.editor.lang_fr')})`}
        value={current.fr}
        error={Boolean(error)}
        helperText={error}
        multiline={multiline}
        disabled={disabled}
        slotProps={{ htmlInput: { 'data-testid': `${testId}-fr`, 'data-schema': schema && `${schema}.fr` } }}
        onChange={(e) => emit({ ...current, fr: e.target.value })}
        sx={{ flex: 1 }}
      />
      <TextField
        size="small"
        label={`${label} (${translate('parcours.editor.lang_en')})`}
        value={current.en ?? ''}
        multiline={multiline}
        disabled={disabled}
        slotProps={{ htmlInput: { 'data-testid': `${testId}-en`, 'data-schema': schema && `${schema}.en` } }}
        onChange={(e) => {
          const { en: _old, ...rest } = current;
          emit(e.target.value ? { ...rest, en: e.target.value } : rest);
        }}
        sx={{ flex: 1 }}
      />
    </Box>
  );
};
