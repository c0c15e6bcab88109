// A friendly duration input: a number and a unit (hours, days, weeks, months) written as ISO-8601 (`P14D`, `PT48H`).
import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DURATION_UNITS, parseSimpleDuration, toIsoDuration, type DurationUnit } from './duration';

export const DurationInput = ({
  label,
  value,
  onChange,
  optional,
  error,
  testId,
  schema,
}: {
  label: string;
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
  optional?: boolean;
  error?: string;
  testId: string;
  /** Where the duration lives in the format (`steps[wait].duration`), for the schema coverage test. */
  schema?: string;
}) => {
  const translate = useTranslate();
  const parsed = parseSimpleDuration(value);
  const amount = parsed?.amount ?? '';
  const unit: DurationUnit = parsed?.unit ?? 'D';
  return (
    <Box sx={{ display: 'flex', gap: 1 }} data-testid={testId} data-schema={schema}>
      <TextField
        label={label}
        type="number"
        size="small"
        value={amount}
        error={Boolean(error)}
        helperText={error ?? (value && !parsed ? value : optional ? translate('parcours.editor.optional') : ' ')}
        slotProps={{ htmlInput: { min: 0, 'data-testid': `${testId}-amount` } }}
        onChange={(e) => {
          const n = Number(e.target.value);
          onChange(e.target.value === '' || Number.isNaN(n) ? undefined : toIsoDuration(n, unit));
        }}
        sx={{ flex: 1 }}
      />
      <TextField
        select
        size="small"
        label={translate('parcours.editor.unit')}
        value={unit}
        onChange={(e) => {
          if (parsed) onChange(toIsoDuration(parsed.amount, e.target.value as DurationUnit));
        }}
        sx={{ width: 130 }}
      >
        {DURATION_UNITS.map((u) => (
          <MenuItem key={u} value={u}>
            {translate(`parcours.editor.units.${u}`)}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
};
