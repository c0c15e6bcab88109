// The patient's care team on the patient page: current members first (the médecin traitant marked), then past ones,
// with who declared them. Coordinators add a professional and end a membership here.
import { Alert, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/useIntlLocale';
import type { Patient } from '@parcours/rules/contract';
import { AddCareTeamMemberDialog } from './AddCareTeamMemberDialog';
import { endCareTeamMember, getCareTeam } from './api';

export const PatientCareTeam = () => {
  const patient = useRecordContext<Patient>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const locale = useIntlLocale();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const { canAccess: canEdit } = useCanAccess({ resource: 'patients', action: 'edit' });
  const id = String(patient?.id ?? '');
  const team = useQuery({ queryKey: ['care-team', id], queryFn: () => getCareTeam(id), enabled: Boolean(patient) });
  // hasMedecinTraitant on the record follows the team: reload both.
  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: ['care-team', id] });
    refresh();
  };
  const end = useMutation({
    mutationFn: (memberId: string) => endCareTeamMember(id, memberId),
    onSuccess: () => {
      notify('parcours.patients.care_team.ended', { type: 'success' });
      changed();
    },
    onError: (e) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }),
  });
  if (!patient) return null;
  const day = (d: string) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  const members = team.data ?? [];
  return (
    <div data-testid="care-team">
      {team.error ? <Alert severity="warning">{team.error.message}</Alert> : null}
      {team.isSuccess && members.length === 0 ? (
        <Typography variant="body2">{translate('parcours.patients.care_team.empty')}</Typography>
      ) : null}
      {members.length ? (
        <Table size="small" aria-label={translate('parcours.patients.care_team.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('parcours.patients.care_team.professional')}</TableCell>
              <TableCell>{translate('parcours.patients.care_team.profession')}</TableCell>
              <TableCell>{translate('parcours.patients.care_team.period')}</TableCell>
              <TableCell>{translate('parcours.patients.care_team.declared_by')}</TableCell>
              {canEdit ? <TableCell /> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {members.map((m) => (
              <TableRow key={m.id} data-testid={`care-team-member-${m.userId}`}>
                <TableCell>
                  {m.user.displayName}{' '}
                  {m.role === 'medecin-traitant' ? (
                    <Chip
                      size="small"
                      color="primary"
                      label={translate('parcours.patients.care_team.medecin_traitant')}
                    />
                  ) : null}
                </TableCell>
                <TableCell>{translate(`parcours.professions.${m.profession}`, { _: m.profession })}</TableCell>
                <TableCell>
                  {m.endDate
                    ? translate('parcours.patients.care_team.from_to', { from: day(m.startDate), to: day(m.endDate) })
                    : translate('parcours.patients.care_team.since', { from: day(m.startDate) })}
                </TableCell>
                <TableCell>{m.declaredBy?.displayName ?? '—'}</TableCell>
                {canEdit ? (
                  <TableCell>
                    {m.current ? (
                      <Button
                        size="small"
                        disabled={end.isPending}
                        onClick={() => end.mutate(m.id)}
                        data-testid={`care-team-end-${m.userId}`}
                      >
                        {translate('parcours.patients.care_team.end')}
                      </Button>
                    ) : null}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {canEdit ? (
        <>
          <Button sx={{ mt: 1 }} onClick={() => setAdding(true)} data-testid="care-team-add">
            {translate('parcours.patients.care_team.add')}
          </Button>
          <AddCareTeamMemberDialog
            patientId={id}
            open={adding}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              notify('parcours.patients.care_team.added', { type: 'success' });
              changed();
            }}
          />
        </>
      ) : null}
    </div>
  );
};
