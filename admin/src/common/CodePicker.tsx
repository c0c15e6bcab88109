// Picks coded facts (pathologies, ALD) from the catalogue of @parcours/rules: search by label in the UI language or by
// code, each option showing its code. A stored code outside the catalogue stays, shown as it is.
import { Autocomplete, Box, TextField, Typography } from '@mui/material';
// The codes subpath keeps rules' engine out of the patient pages' chunk.
import { codeCatalogue, codeLabel, searchCodes, type CodeSystem } from '@parcours/rules/codes';
import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { useLocalizedText } from './useLocalizedText';

const useCodeText = (system: CodeSystem) => {
  const localize = useLocalizedText();
  return useCallback(
    (code: string) => {
      const label = codeLabel(system, code);
      return label ? `${localize(label)} (${code})` : code;
    },
    [system, localize],
  );
};

interface CommonProps {
  system: CodeSystem;
  label: string;
  helperText?: string;
  error?: boolean;
  disabled?: boolean;
  testId?: string;
  size?: 'small' | 'medium';
}

const filter = (system: CodeSystem) => (_options: string[], state: { inputValue: string }) =>
  searchCodes(system, state.inputValue).map((v) => v.code);

const Option = ({ system, code }: { system: CodeSystem; code: string }) => {
  const localize = useLocalizedText();
  const label = codeLabel(system, code);
  return (
    <Box sx={{ display: 'flex', gap: 1, justifyContent: 'space-between', width: '100%' }}>
      <span>{label ? localize(label) : code}</span>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
        {code}
      </Typography>
    </Box>
  );
};

/** Several codes (a patient's pathologies, a rule's « contient l’un de »). */
export const CodePicker = ({
  system,
  value,
  onChange,
  label,
  helperText,
  error,
  disabled,
  testId,
  size = 'small',
}: CommonProps & { value: readonly string[]; onChange: (codes: string[]) => void }) => {
  const translate = useTranslate();
  const text = useCodeText(system);
  return (
    <Autocomplete
      multiple
      autoHighlight
      filterSelectedOptions
      size={size}
      disabled={disabled}
      options={codeCatalogue[system].map((v) => v.code)}
      value={[...value]}
      onChange={(_e, codes) => onChange(codes)}
      filterOptions={filter(system)}
      getOptionLabel={text}
      noOptionsText={translate('parcours.codes.no_match')}
      renderOption={({ key, ...props }, code) => (
        <li key={key} {...props}>
          <Option system={system} code={code} />
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={value.length ? undefined : translate('parcours.codes.search')}
          helperText={helperText}
          error={error}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, ...(testId ? { 'data-testid': testId } : {}) },
          }}
        />
      )}
    />
  );
};

/** One code (a rule's « contient »). */
export const SingleCodePicker = ({
  system,
  value,
  onChange,
  label,
  disabled,
  testId,
  size = 'small',
}: CommonProps & { value: string | null; onChange: (code: string | null) => void }) => {
  const translate = useTranslate();
  const text = useCodeText(system);
  return (
    <Autocomplete
      autoHighlight
      size={size}
      disabled={disabled}
      options={codeCatalogue[system].map((v) => v.code)}
      value={value || null}
      onChange={(_e, code) => onChange(code)}
      filterOptions={filter(system)}
      getOptionLabel={text}
      noOptionsText={translate('parcours.codes.no_match')}
      renderOption={({ key, ...props }, code) => (
        <li key={key} {...props}>
          <Option system={system} code={code} />
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={translate('parcours.codes.search')}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, ...(testId ? { 'data-testid': testId } : {}) },
          }}
        />
      )}
      sx={{ minWidth: 240 }}
    />
  );
};
