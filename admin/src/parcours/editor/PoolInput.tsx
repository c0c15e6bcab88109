// A named pool of the CPTS, by its key: picked from the pools the API lists (shown with their label), or typed, so the
// editor still works when the list cannot be read and a pool created later can already be named.
import { Autocomplete, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { usePools } from '../../common/usePools';

export const PoolInput = ({
  value,
  onChange,
  testId,
  schema,
  label,
}: {
  value: string;
  onChange: (key: string) => void;
  testId: string;
  /** The schema property this control edits (read by the editor's schema-coverage test). */
  schema?: string;
  label?: string;
}) => {
  const translate = useTranslate();
  const pools = usePools();
  const labelOf = (key: string) => pools.find((p) => p.key === key)?.label;
  return (
    <Autocomplete
      freeSolo
      size="small"
      fullWidth
      options={pools.map((p) => p.key)}
      value={value}
      onChange={(_e, key) => onChange(key ?? '')}
      onInputChange={(_e, text, reason) => {
        // Only typing edits the draft: a 'reset' echoes the value back and must not overwrite a newer keystroke.
        if (reason === 'input') onChange(text);
      }}
      renderOption={({ key, ...props }, pool) => (
        <li key={key} {...props}>
          {labelOf(pool) ?? pool} ({pool})
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label ?? translate('parcours.assignee.pool')}
          helperText={labelOf(value) ?? translate('parcours.assignee.pool_help')}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId, 'data-schema': schema },
          }}
        />
      )}
    />
  );
};
