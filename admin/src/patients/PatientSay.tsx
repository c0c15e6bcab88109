// « Information et opposition » on the patient page: the state in force (an objection shown as the refusal any
// enrolment meets), the append-only history with who recorded each event, and the buttons to record an information,
// an objection or its withdrawal (coordinators and the patient's professionals).
import {
  Alert,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Patient } from '@parcours/rules/contract';
import { toDayFirst } from '../common/dayFirstDate';
import { getSay, type PatientSayEvent, type SayRecorded } from './api';
import { RecordSayDialog } from './RecordSayDialog';

export const PatientSay = () => {
  const patient = useRecordContext<Patient>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const [recording, setRecording] = useState<PatientSayEvent['kind'] | null>(null);
  const { canAccess: canRecord } = useCanAccess({ resource: 'patients', action: 'say' });
  const id = String(patient?.id ?? '');
  const say = useQuery({ queryKey: ['patient-say', id], queryFn: () => getSay(id), enabled: Boolean(patient) });
  if (!patient) return null;
  const data = say.data;
  const objecting = Boolean(data?.objectingSince);
  const recorded = ({ cancelledJourneys: cancelled, pendingCancellations: pending }: SayRecorded) => {
    setRecording(null);
    // The objection is recorded either way; journeys the engine could not reach yet are cancelled within a minute.
    if (pending)
      notify('parcours.patients.say.recorded_pending', { type: 'warning', messageArgs: { smart_count: pending } });
    else
      notify(cancelled ? 'parcours.patients.say.recorded_cancelled' : 'parcours.patients.say.recorded', {
        type: 'success',
        messageArgs: { smart_count: cancelled },
      });
    // The state is on the patient record too, and an objection changes eligibility and journeys.
    for (const key of ['patient-say', 'patient-eligibility'])
      void queryClient.invalidateQueries({ queryKey: [key, id] });
    refresh();
  };
  return (
    <div data-testid="patient-say">
      {say.error ? <Alert severity="warning">{say.error.message}</Alert> : null}
      {data?.refusal ? (
        <Alert severity="error" data-testid="patient-say-objecting" sx={{ mb: 1 }}>
          {locale === 'en' ? data.refusal.en : data.refusal.fr}
        </Alert>
      ) : null}
      {data && !objecting ? (
        <Typography variant="body2" data-testid="patient-say-state" sx={{ mb: 1 }}>
          {data.informedOn
            ? translate('parcours.patients.say.informed_on', { date: toDayFirst(data.informedOn) })
            : translate('parcours.patients.say.never_informed')}
        </Typography>
      ) : null}
      {data?.events.length ? (
        <Table size="small" aria-label={translate('parcours.patients.say.title')} data-testid="patient-say-history">
          <TableHead>
            <TableRow>
              <TableCell>{translate('parcours.patients.say.date')}</TableCell>
              <TableCell>{translate('parcours.patients.say.kind')}</TableCell>
              <TableCell>{translate('parcours.patients.say.channel')}</TableCell>
              <TableCell>{translate('parcours.patients.say.note')}</TableCell>
              <TableCell>{translate('parcours.patients.say.recorded_by')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.events.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{toDayFirst(e.occurredOn)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={e.kind === 'objection' ? 'error' : e.kind === 'withdrawal' ? 'success' : 'default'}
                    label={translate(`parcours.patients.say.kinds.${e.kind}`)}
                  />
                </TableCell>
                <TableCell>{translate(`parcours.patients.say.channels.${e.channel}`, { _: e.channel })}</TableCell>
                <TableCell>{e.note ?? ''}</TableCell>
                <TableCell>
                  {e.recordedBy?.displayName ?? '—'} ({toDayFirst(e.recordedAt)})
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : say.isSuccess ? (
        <Typography variant="body2">{translate('parcours.patients.say.empty')}</Typography>
      ) : null}
      {canRecord ? (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button size="small" onClick={() => setRecording('information')} data-testid="say-record-information">
            {translate('parcours.patients.say.record.information')}
          </Button>
          {objecting ? (
            <Button size="small" onClick={() => setRecording('withdrawal')} data-testid="say-record-withdrawal">
              {translate('parcours.patients.say.record.withdrawal')}
            </Button>
          ) : (
            <Button
              size="small"
              color="error"
              onClick={() => setRecording('objection')}
              data-testid="say-record-objection"
            >
              {translate('parcours.patients.say.record.objection')}
            </Button>
          )}
        </Stack>
      ) : null}
      <RecordSayDialog patientId={id} kind={recording} onClose={() => setRecording(null)} onRecorded={recorded} />
    </div>
  );
};
