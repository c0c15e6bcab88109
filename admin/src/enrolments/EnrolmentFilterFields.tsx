// The cohort to enrol, with the same criteria as the patients list.
import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { SEXES } from '../common/choices';
import type { PatientFilter } from '@parcours/rules/contract';

const num = (v: string): number | undefined => (v === '' ? undefined : Number(v));

export const EnrolmentFilterFields = ({
  value,
  onChange,
}: {
  value: PatientFilter;
  onChange: (f: PatientFilter) => void;
}) => {
  const translate = useTranslate();
  const set = (patch: Partial<PatientFilter>) => onChange({ ...value, ...patch });
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2 }}>
      <TextField
        size="small"
        label={translate('resources.patients.fields.q')}
        value={value.q ?? ''}
        slotProps={{ htmlInput: { 'data-testid': 'enrol-q' } }}
        onChange={(e) => set({ q: e.target.value || undefined })}
      />
      <TextField
        select
        size="small"
        label={translate('resources.patients.fields.sex')}
        value={value.sex ?? ''}
        onChange={(e) => set({ sex: (e.target.value || undefined) as PatientFilter['sex'] })}
      >
        <MenuItem value="">—</MenuItem>
        {SEXES.map((s) => (
          <MenuItem key={s} value={s}>
            {translate(`parcours.sex.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        type="number"
        label={translate('parcours.enrolments.age_min')}
        value={value.ageMin ?? ''}
        onChange={(e) => set({ ageMin: num(e.target.value) })}
      />
      <TextField
        size="small"
        type="number"
        label={translate('parcours.enrolments.age_max')}
        value={value.ageMax ?? ''}
        onChange={(e) => set({ ageMax: num(e.target.value) })}
      />
      <TextField
        size="small"
        label={translate('resources.patients.fields.conditions')}
        value={value.conditions ?? ''}
        onChange={(e) => set({ conditions: e.target.value || undefined })}
      />
      <TextField
        size="small"
        label={translate('resources.patients.fields.ald')}
        value={value.ald ?? ''}
        onChange={(e) => set({ ald: e.target.value || undefined })}
      />
      <TextField
        select
        size="small"
        label={translate('resources.patients.fields.hasMedecinTraitant')}
        value={value.hasMedecinTraitant === undefined ? '' : String(value.hasMedecinTraitant)}
        onChange={(e) => set({ hasMedecinTraitant: e.target.value === '' ? undefined : e.target.value === 'true' })}
      >
        <MenuItem value="">—</MenuItem>
        <MenuItem value="true">{translate('parcours.common.yes')}</MenuItem>
        <MenuItem value="false">{translate('parcours.common.no')}</MenuItem>
      </TextField>
    </Box>
  );
};
