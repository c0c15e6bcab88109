// Finds an active professional by name among GET /api/professionals (server-side search: the CPTS may have hundreds).
import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';

export interface Professional {
  id: string;
  displayName: string;
  profession: string | null;
  email: string;
}

interface ProfessionalPickerProps {
  value: Professional | null;
  onChange: (value: Professional | null) => void;
  error?: string;
}

export const ProfessionalPicker = ({ value, onChange, error }: ProfessionalPickerProps) => {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const { data = [], isPending } = useGetList<Professional>('professionals', {
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'displayName', order: 'ASC' },
    filter: search.trim() ? { q: search.trim() } : {},
  });
  const label = (p: Professional) =>
    p.profession
      ? `${p.displayName} — ${translate(`parcours.professions.${p.profession}`, { _: p.profession })}`
      : p.displayName;
  return (
    <Autocomplete<Professional>
      options={data}
      value={value}
      loading={isPending}
      filterOptions={(options) => options}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, v) => onChange(v)}
      onInputChange={(_e, text, reason) => {
        if (reason === 'input') setSearch(text);
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate('parcours.tasks.reassign.professional')}
          placeholder={translate('parcours.tasks.reassign.search')}
          error={Boolean(error)}
          helperText={error}
          data-testid="reassign-professional"
        />
      )}
    />
  );
};
