// French (required) and English (optional) text side by side, as every text of a definition is written.
import { Box, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { LocalizedText } from '../../types';

export const LocalizedTextInputs = ({
  label,
  value,
  onChange,
  error,
  testId,
  multiline,
}: {
  label: string;
  value: LocalizedText | undefined;
  onChange: (v: LocalizedText) => void;
  error?: string;
  testId: string;
  multiline?: boolean;
}) => {
  const translate = useTranslate();
  const current = value ?? { fr: '' };
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <TextField
        size="small"
        label={`${label} (${translate('parcours.editor.lang_fr')})`}
        value={current.fr}
        error={Boolean(error)}
        helperText={error}
        multiline={multiline}
        slotProps={{ htmlInput: { 'data-testid': `${testId}-fr` } }}
        onChange={(e) => onChange({ ...current, fr: e.target.value })}
        sx={{ flex: 1 }}
      />
      <TextField
        size="small"
        label={`${label} (${translate('parcours.editor.lang_en')})`}
        value={current.en ?? ''}
        multiline={multiline}
        slotProps={{ htmlInput: { 'data-testid': `${testId}-en` } }}
        onChange={(e) => {
          const { en: _old, ...rest } = current;
          onChange(e.target.value ? { ...rest, en: e.target.value } : rest);
        }}
        sx={{ flex: 1 }}
      />
    </Box>
  );
};
