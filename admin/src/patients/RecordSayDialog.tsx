// Records what the patient said: that they were informed of the sharing of their data, that they object, or that they
// withdraw their objection; on which day (jj/mm/aaaa, today by default, never in the future) and through which channel.
// An objection cancels the patient's running journeys: the dialog says so before, and the notice says how many after.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { PATIENT_SAY_CHANNELS } from '../common/choices';
import { fromDayFirst, toDayFirst } from '../common/dayFirstDate';
import { recordSay, type PatientSayEvent, type SayRecorded } from './api';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

export const RecordSayDialog = ({
  patientId,
  kind,
  onClose,
  onRecorded,
}: {
  patientId: string;
  /** The kind being recorded; the dialog is closed when null. */
  kind: PatientSayEvent['kind'] | null;
  onClose: () => void;
  onRecorded: (result: SayRecorded) => void;
}) => {
  const translate = useTranslate();
  const [day, setDay] = useState(() => toDayFirst(today()));
  const [channel, setChannel] = useState<string>('consultation');
  const [note, setNote] = useState('');
  const iso = fromDayFirst(day);
  const dayError = !iso
    ? translate('parcours.common.date_invalid')
    : iso > today()
      ? translate('parcours.patients.say.future_date')
      : null;
  const save = useMutation({
    mutationFn: () =>
      recordSay(patientId, {
        kind: kind ?? 'information',
        occurredOn: String(iso),
        channel,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (res) => {
      setNote('');
      onRecorded(res);
    },
  });
  return (
    <Dialog open={kind !== null} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{kind ? translate(`parcours.patients.say.record_title.${kind}`) : null}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        {kind === 'objection' ? (
          <Alert severity="warning">{translate('parcours.patients.say.objection_warning')}</Alert>
        ) : null}
        <TextField
          label={translate('parcours.patients.say.date')}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          placeholder={translate('parcours.common.date_placeholder')}
          error={Boolean(dayError)}
          helperText={dayError ?? ' '}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'say-date', inputMode: 'numeric' } }}
        />
        <TextField
          select
          label={translate('parcours.patients.say.channel')}
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'say-channel' } }}
        >
          {PATIENT_SAY_CHANNELS.map((c) => (
            <MenuItem key={c} value={c}>
              {translate(`parcours.patients.say.channels.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate('parcours.patients.say.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: 1000, 'data-testid': 'say-note' } }}
        />
        {save.error ? (
          <Alert severity="error" data-testid="say-error">
            {save.error.message}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={Boolean(dayError) || save.isPending}
          onClick={() => save.mutate()}
          data-testid="say-submit"
        >
          {translate('parcours.patients.say.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
