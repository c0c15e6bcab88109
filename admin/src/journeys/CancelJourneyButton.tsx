// Cancelling a journey needs a reason: it is recorded in the history and shown to auditors.
import CancelIcon from '@mui/icons-material/Cancel';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Journey } from '@parcours/rules/contract';
import { cancelJourney } from './api';

export const CancelJourneyButton = () => {
  const journey = useRecordContext<Journey>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { canAccess } = useCanAccess({ resource: 'journeys', action: 'cancel' });
  if (!journey || (journey.status !== 'running' && journey.status !== 'error') || !canAccess) return null;
  const submit = async () => {
    try {
      await cancelJourney(String(journey.id), reason.trim());
      notify('parcours.journeys.cancelled', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    }
  };
  return (
    <>
      <Button color="error" startIcon={<CancelIcon />} onClick={() => setOpen(true)} data-testid="cancel-journey">
        {translate('parcours.journeys.cancel')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate('parcours.journeys.cancel_title')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            multiline
            margin="dense"
            label={translate('parcours.journeys.cancel_reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button color="error" disabled={reason.trim() === ''} onClick={() => void submit()}>
            {translate('parcours.journeys.cancel_confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
