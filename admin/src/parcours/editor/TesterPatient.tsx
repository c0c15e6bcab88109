// The Tester's patient: a stored patient picked by name, or facts typed by hand.
import {
  Autocomplete,
  Box,
  Checkbox,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import type { PatientFacts, PatientRecord } from '@parcours/rules';
import { useRef, useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { SEXES } from '../../common/choices';
import { CodePicker } from '../../common/CodePicker';
import type { Patient } from '@parcours/rules/contract';
import { TesterCareTeam } from './TesterCareTeam';
import { getCareTeam } from '../../patients/api';

export type TesterPatientValue = PatientFacts | PatientRecord;

export const defaultFacts: PatientFacts = {
  age: 70,
  sex: 'F',
  ald: [],
  conditions: [],
  hasMedecinTraitant: true,
  careTeam: [],
  careTeamProfessions: [],
  commune: null,
  lastDischargeAt: null,
  extra: {},
};

const StoredPatientPicker = ({ onChange }: { onChange: (p: PatientRecord | null) => void }) => {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const picked = useRef<string | null>(null);
  const { data = [], isPending } = useGetList<Patient>('patients', {
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'lastName', order: 'ASC' },
    filter: q ? { q } : {},
  });
  return (
    <Autocomplete
      options={data}
      loading={isPending}
      getOptionLabel={(p) => `${p.lastName} ${p.firstName} (${p.birthDate})`}
      filterOptions={(x) => x}
      onInputChange={(_e, value) => setQ(value)}
      onChange={(_e, p) => {
        picked.current = p?.id ?? null;
        if (!p) return onChange(null);
        const record: PatientRecord = {
          birthDate: p.birthDate,
          sex: p.sex,
          conditions: p.conditions,
          ald: p.ald,
          hasMedecinTraitant: p.hasMedecinTraitant,
          lastDischargeAt: p.lastDischargeAt,
          communeCode: p.communeCode,
        };
        onChange(record);
        // The care team decides who gets care-team tasks: read it, each member named as the result shows them.
        void getCareTeam(p.id)
          .then((team) => {
            // A patient picked since then wins.
            if (picked.current !== p.id) return;
            onChange({
              ...record,
              careTeam: team.map((m) => ({
                userId: m.user.displayName,
                role: m.role,
                profession: m.profession,
                startDate: m.startDate,
                endDate: m.endDate,
              })),
            });
          })
          // Unreadable (a network error): the simulation runs on the record alone, as before care teams existed.
          .catch(() => undefined);
      }}
      renderInput={(params) => <TextField {...params} size="small" label={translate('parcours.tester.pick_patient')} />}
    />
  );
};

export const TesterPatient = ({
  value,
  onChange,
}: {
  value: TesterPatientValue;
  onChange: (v: TesterPatientValue) => void;
}) => {
  const translate = useTranslate();
  const [mode, setMode] = useState<'facts' | 'stored'>('facts');
  const facts = 'age' in value ? value : defaultFacts;
  const set = (patch: Partial<PatientFacts>) => onChange({ ...facts, ...patch });
  return (
    <Stack spacing={2}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={mode}
        onChange={(_e, m: 'facts' | 'stored' | null) => {
          if (!m) return;
          setMode(m);
          if (m === 'facts') onChange(defaultFacts);
        }}
      >
        <ToggleButton value="facts">{translate('parcours.tester.by_hand')}</ToggleButton>
        <ToggleButton value="stored">{translate('parcours.tester.stored')}</ToggleButton>
      </ToggleButtonGroup>
      {mode === 'stored' ? (
        <StoredPatientPicker onChange={(p) => onChange(p ?? defaultFacts)} />
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
          <TextField
            size="small"
            type="number"
            label={translate('parcours.tester.age')}
            value={facts.age}
            slotProps={{ htmlInput: { 'data-testid': 'tester-age' } }}
            onChange={(e) => set({ age: Number(e.target.value) })}
          />
          <TextField
            select
            size="small"
            label={translate('resources.patients.fields.sex')}
            value={facts.sex}
            onChange={(e) => set({ sex: e.target.value as PatientFacts['sex'] })}
          >
            {SEXES.map((s) => (
              <MenuItem key={s} value={s}>
                {translate(`parcours.sex.${s}`)}
              </MenuItem>
            ))}
          </TextField>
          {/* Chosen codes take room: each picker gets the whole row. */}
          <Box sx={{ gridColumn: '1 / -1' }}>
            <CodePicker
              system="conditions"
              label={translate('resources.patients.fields.conditions')}
              value={facts.conditions}
              onChange={(conditions) => set({ conditions })}
              testId="tester-conditions"
            />
          </Box>
          <Box sx={{ gridColumn: '1 / -1' }}>
            <CodePicker
              system="ald"
              label={translate('resources.patients.fields.ald')}
              value={facts.ald}
              onChange={(ald) => set({ ald })}
              testId="tester-ald"
            />
          </Box>
          <TextField
            size="small"
            type="date"
            label={translate('resources.patients.fields.lastDischargeAt')}
            value={facts.lastDischargeAt ?? ''}
            slotProps={{ inputLabel: { shrink: true } }}
            onChange={(e) => set({ lastDischargeAt: e.target.value || null })}
          />
          <TextField
            size="small"
            label={translate('parcours.tester.commune')}
            value={facts.commune ?? ''}
            slotProps={{ htmlInput: { 'data-testid': 'tester-commune' } }}
            onChange={(e) => set({ commune: e.target.value || null })}
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={facts.hasMedecinTraitant}
                onChange={(e) => set({ hasMedecinTraitant: e.target.checked })}
              />
            }
            label={translate('resources.patients.fields.hasMedecinTraitant')}
          />
          <Box sx={{ gridColumn: '1 / -1' }}>
            <TesterCareTeam
              value={facts.careTeam ?? []}
              onChange={(careTeam) =>
                // The facts rules read are derived from the team, as patientFacts() derives them for a stored patient.
                set({
                  careTeam,
                  careTeamProfessions: [...new Set(careTeam.map((m) => m.profession))].sort(),
                  hasMedecinTraitant: careTeam.some((m) => m.role === 'medecin-traitant'),
                })
              }
            />
          </Box>
        </Box>
      )}
    </Stack>
  );
};
