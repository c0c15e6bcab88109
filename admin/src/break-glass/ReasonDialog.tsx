// The reason asked before a break-the-glass access: at least 15 characters, sent as typed; the API's refusal is shown
// in its words. Confirming opens the access, which is traced and told to the patient's médecin traitant.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { openBreakGlass, type LookedUpPatient } from './api';

const MIN_REASON = 15;

export const ReasonDialog = ({
  patient,
  onClose,
  onOpened,
}: {
  patient: LookedUpPatient | null;
  onClose: () => void;
  onOpened: (patientId: string) => void;
}) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const open = useMutation({
    mutationFn: () => openBreakGlass(String(patient?.id), reason),
    onSuccess: () => {
      if (patient) onOpened(patient.id);
    },
  });
  const tooShort = reason.trim().length < MIN_REASON;
  return (
    <Dialog open={patient !== null} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('parcours.break_glass.reason_title')}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <DialogContentText>
          {translate('parcours.break_glass.reason_help', {
            name: patient ? `${patient.lastName.toUpperCase()} ${patient.firstName}` : '',
          })}
        </DialogContentText>
        <TextField
          label={translate('parcours.break_glass.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          multiline
          minRows={3}
          required
          helperText={translate('parcours.break_glass.reason_min', { min: MIN_REASON })}
          slotProps={{ htmlInput: { 'data-testid': 'break-glass-reason', maxLength: 1000 } }}
        />
        {open.isError ? <Alert severity="error">{open.error.message}</Alert> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          color="warning"
          disabled={tooShort || open.isPending}
          onClick={() => open.mutate()}
          data-testid="break-glass-confirm"
        >
          {translate('parcours.break_glass.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
