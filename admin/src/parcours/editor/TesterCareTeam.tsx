// The test patient's care team, typed by hand: who the simulator sends a care-team task to. Each member is named (the
// name stands for the professional in the result) with a profession and a role; the médecin traitant comes first.
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Box, Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { PatientFacts } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { PROFESSIONS } from '../../common/choices';

type Member = NonNullable<PatientFacts['careTeam']>[number];
const ROLES: Member['role'][] = ['medecin-traitant', 'intervenant'];
// The simulator reads the team on the day each task opens: members typed here have been there all along.
const SINCE = '2000-01-01';

export const TesterCareTeam = ({
  value,
  onChange,
}: {
  value: readonly Member[];
  onChange: (team: Member[]) => void;
}) => {
  const translate = useTranslate();
  const set = (index: number, patch: Partial<Member>) =>
    onChange(value.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  return (
    <Stack spacing={1} data-testid="tester-care-team">
      <Typography variant="body2">{translate('parcours.tester.care_team')}</Typography>
      {value.map((m, i) => (
        <Box key={i} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <TextField
            size="small"
            label={translate('parcours.tester.care_team_name')}
            value={m.userId}
            slotProps={{ htmlInput: { 'data-testid': `tester-care-team-${i}-name` } }}
            onChange={(e) => set(i, { userId: e.target.value })}
            sx={{ flex: 2 }}
          />
          <TextField
            select
            size="small"
            label={translate('parcours.tester.care_team_profession')}
            value={m.profession}
            slotProps={{
              select: { SelectDisplayProps: { 'data-testid': `tester-care-team-${i}-profession` } as object },
            }}
            onChange={(e) => set(i, { profession: e.target.value })}
            sx={{ flex: 2 }}
          >
            {PROFESSIONS.map((p) => (
              <MenuItem key={p} value={p}>
                {translate(`parcours.professions.${p}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('parcours.tester.care_team_role')}
            value={m.role}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': `tester-care-team-${i}-role` } as object } }}
            onChange={(e) => set(i, { role: e.target.value as Member['role'] })}
            sx={{ flex: 2 }}
          >
            {ROLES.map((r) => (
              <MenuItem key={r} value={r}>
                {translate(`parcours.tester.care_team_roles.${r}`)}
              </MenuItem>
            ))}
          </TextField>
          <IconButton
            size="small"
            aria-label={translate('parcours.tester.care_team_remove')}
            data-testid={`tester-care-team-${i}-remove`}
            onClick={() => onChange(value.filter((_m, j) => j !== i))}
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Box>
      ))}
      <Box>
        <Button
          size="small"
          startIcon={<AddIcon />}
          data-testid="tester-care-team-add"
          onClick={() =>
            onChange([
              ...value,
              value.some((m) => m.role === 'medecin-traitant')
                ? { userId: '', profession: 'IDE', role: 'intervenant', since: SINCE }
                : { userId: '', profession: 'MG', role: 'medecin-traitant', since: SINCE },
            ])
          }
        >
          {translate('parcours.tester.care_team_add')}
        </Button>
      </Box>
    </Stack>
  );
};
