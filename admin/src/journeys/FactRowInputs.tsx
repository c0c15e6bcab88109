// One fact of the "Nouvelles données patient" dialog: a key (suggested from the catalogue or typed), its type (fixed by
// the catalogue for known facts) and a value input that fits the type.
import DeleteIcon from '@mui/icons-material/Delete';
import { Autocomplete, Box, IconButton, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/useLocalizedText';
import { FACT_TYPES, factSuggestions, suggestionFor, type FactRow, type FactSuggestion, type FactType } from './facts';

interface FactRowInputsProps {
  row: FactRow;
  index: number;
  error?: string;
  onChange: (row: FactRow) => void;
  onRemove?: () => void;
}

const ValueInput = ({ row, index, error, onChange }: FactRowInputsProps) => {
  const translate = useTranslate();
  const common = {
    label: translate('parcours.journeys.facts.value'),
    value: row.value,
    error: Boolean(error),
    helperText: error,
    onChange: (e: { target: { value: string } }) => onChange({ ...row, value: e.target.value }),
    sx: { flex: 1 },
    slotProps: { htmlInput: { 'data-testid': `fact-value-${index}` }, inputLabel: { shrink: true } },
  };
  const values = suggestionFor(row.key)?.values;
  if (row.type === 'boolean' || values) {
    const choices = values
      ? values.map((v) => ({ id: v, name: translate(`parcours.sex.${v}`, { _: v }) }))
      : [
          { id: 'true', name: translate('parcours.common.yes') },
          { id: 'false', name: translate('parcours.common.no') },
        ];
    return (
      <TextField {...common} select slotProps={{ ...common.slotProps, select: { native: true } }}>
        <option value="" />
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </TextField>
    );
  }
  if (row.type === 'number') return <TextField {...common} type="number" />;
  if (row.type === 'date') return <TextField {...common} type="date" />;
  if (row.type === 'string[]') return <TextField {...common} placeholder={translate('parcours.tester.comma_list')} />;
  return <TextField {...common} />;
};

export const FactRowInputs = (props: FactRowInputsProps) => {
  const { row, index, onChange, onRemove } = props;
  const translate = useTranslate();
  const localize = useLocalizedText();
  const known = suggestionFor(row.key);
  const label = (s: FactSuggestion) => (typeof s.label === 'string' ? translate(s.label) : localize(s.label));
  const setKey = (key: string) => {
    const suggestion = suggestionFor(key);
    onChange({ ...row, key, ...(suggestion ? { type: suggestion.type, value: '' } : {}) });
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }} data-testid={`fact-row-${index}`}>
      <Autocomplete<FactSuggestion, false, false, true>
        freeSolo
        sx={{ flex: 1.3 }}
        options={factSuggestions}
        inputValue={row.key}
        getOptionLabel={(s) => (typeof s === 'string' ? s : s.key)}
        renderOption={({ key, ...optionProps }, s) => (
          <li key={key} {...optionProps}>
            {label(s)} ({s.key})
          </li>
        )}
        onInputChange={(_e, text) => setKey(text.trim())}
        renderInput={(params) => (
          <TextField
            {...params}
            label={translate('parcours.journeys.facts.key')}
            helperText={known ? label(known) : translate('parcours.journeys.facts.key_help')}
            slotProps={{
              ...params.slotProps,
              htmlInput: { ...params.slotProps.htmlInput, 'data-testid': `fact-key-${index}` },
            }}
          />
        )}
      />
      <TextField
        select
        sx={{ width: 150 }}
        label={translate('parcours.journeys.facts.type')}
        value={row.type}
        disabled={Boolean(known)}
        onChange={(e) => onChange({ ...row, type: e.target.value as FactType, value: '' })}
      >
        {FACT_TYPES.map((t) => (
          <MenuItem key={t} value={t}>
            {translate(`parcours.journeys.facts.types.${t}`)}
          </MenuItem>
        ))}
      </TextField>
      <ValueInput {...props} />
      {onRemove ? (
        <IconButton aria-label={translate('parcours.journeys.facts.remove')} onClick={onRemove} sx={{ mt: 1 }}>
          <DeleteIcon />
        </IconButton>
      ) : null}
    </Box>
  );
};
