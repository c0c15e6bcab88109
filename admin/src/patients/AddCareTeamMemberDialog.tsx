// « Ajouter un professionnel » to a patient's care team: choose a profession, search the active professionals of that
// profession, mark the GP as médecin traitant, pick the start day (today by default). The API's refusal (a second
// médecin traitant, a date in the future…) is shown in the dialog, in its words.
import {
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@mui/material';
import { FormControlLabel, MenuItem, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { PROFESSIONS } from '../common/choices';
import { addCareTeamMember } from './api';

interface Professional {
  id: string;
  displayName: string;
  profession: string;
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

export const AddCareTeamMemberDialog = ({
  patientId,
  open,
  onClose,
  onAdded,
}: {
  patientId: string;
  open: boolean;
  onClose: () => void;
  onAdded: () => void;
}) => {
  const translate = useTranslate();
  const [profession, setProfession] = useState<string>('MG');
  const [search, setSearch] = useState('');
  const [person, setPerson] = useState<Professional | null>(null);
  const [medecinTraitant, setMedecinTraitant] = useState(true);
  const [startDate, setStartDate] = useState(today());
  const { data: people = [], isPending } = useGetList<Professional>(
    'professionals',
    {
      pagination: { page: 1, perPage: 20 },
      sort: { field: 'displayName', order: 'ASC' },
      filter: { profession, ...(search ? { q: search } : {}) },
    },
    { enabled: open },
  );
  const add = useMutation({
    mutationFn: () =>
      addCareTeamMember(patientId, {
        userId: String(person?.id),
        role: profession === 'MG' && medecinTraitant ? 'medecin-traitant' : 'intervenant',
        profession,
        startDate,
      }),
    onSuccess: () => {
      setPerson(null);
      onAdded();
    },
  });
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('parcours.patients.care_team.add_title')}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <TextField
          select
          label={translate('parcours.patients.care_team.profession')}
          value={profession}
          onChange={(e) => {
            setProfession(e.target.value);
            setPerson(null);
          }}
          slotProps={{ htmlInput: { 'data-testid': 'care-team-profession' } }}
        >
          {PROFESSIONS.map((p) => (
            <MenuItem key={p} value={p}>
              {translate(`parcours.professions.${p}`)}
            </MenuItem>
          ))}
        </TextField>
        <Autocomplete<Professional>
          options={people}
          loading={isPending}
          value={person}
          onChange={(_e, value) => setPerson(value)}
          onInputChange={(_e, value, reason) => reason === 'input' && setSearch(value)}
          getOptionLabel={(p) => p.displayName}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          filterOptions={(x) => x}
          noOptionsText={translate('parcours.patients.care_team.no_professional')}
          renderInput={(params) => (
            <TextField
              {...params}
              label={translate('parcours.patients.care_team.professional')}
              slotProps={{
                ...params.slotProps,
                htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'care-team-person' },
              }}
            />
          )}
        />
        {profession === 'MG' ? (
          <FormControlLabel
            control={
              <Checkbox
                checked={medecinTraitant}
                onChange={(e) => setMedecinTraitant(e.target.checked)}
                slotProps={{ input: { 'data-testid': 'care-team-mt' } as object }}
              />
            }
            label={translate('parcours.patients.care_team.mark_medecin_traitant')}
          />
        ) : null}
        <TextField
          type="date"
          label={translate('parcours.patients.care_team.start_date')}
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today() } }}
        />
        {add.error ? (
          <Alert severity="error" data-testid="care-team-error">
            {add.error.message}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!person || add.isPending}
          onClick={() => add.mutate()}
          data-testid="care-team-submit"
        >
          {translate('parcours.patients.care_team.add')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
