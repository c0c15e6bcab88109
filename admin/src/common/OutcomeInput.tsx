// The outcome of an `end` step, chosen from the CPTS's list (each shown with its label). Typing stays possible so a
// code can be pasted, and publishing refuses one that is not in the list.
import { Autocomplete, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useOutcomeLabel, useOutcomes } from './useOutcomes';

interface OutcomeInputProps {
  value: string;
  onChange: (code: string) => void;
  error?: string;
  /** The schema property this control edits (read by the editor's schema-coverage test). */
  schema?: string;
}

export const OutcomeInput = ({ value, onChange, error, schema }: OutcomeInputProps) => {
  const translate = useTranslate();
  const outcomes = useOutcomes();
  const labelOf = useOutcomeLabel();
  return (
    <Autocomplete
      freeSolo
      size="small"
      options={outcomes.map((o) => o.code)}
      value={value}
      onChange={(_e, code) => onChange(code ?? '')}
      onInputChange={(_e, text, reason) => {
        if (reason === 'input') onChange(text);
      }}
      renderOption={({ key, ...props }, code) => (
        <li key={key} {...props}>
          {labelOf(code)} ({code})
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate('parcours.editor.outcome')}
          error={Boolean(error)}
          helperText={
            error ?? (value && labelOf(value) !== value ? labelOf(value) : translate('parcours.editor.outcome_help'))
          }
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'step-outcome', 'data-schema': schema },
          }}
        />
      )}
    />
  );
};
