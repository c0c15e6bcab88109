// A journey in `error` (an activity failed for good) shows what failed and, to coordinators, « Relancer l’étape »:
// the workflow runs the failed activity again and the journey goes on, or stays in error with the new message.
import ReplayIcon from '@mui/icons-material/Replay';
import { Alert, AlertTitle, Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Journey } from '@parcours/rules/contract';
import { retryFailedStep } from './api';

export const RetryStepButton = () => {
  const journey = useRecordContext<Journey>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'journeys', action: 'retry' });
  if (!journey || journey.status !== 'error' || !canAccess) return null;
  const retry = async () => {
    setBusy(true);
    try {
      const result = await retryFailedStep(String(journey.id));
      if (result.status === 'error')
        notify('parcours.journeys.retry_failed', { type: 'warning', messageArgs: { message: result.error?.message } });
      else notify('parcours.journeys.retry_done', { type: 'success' });
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button startIcon={<ReplayIcon />} disabled={busy} onClick={() => void retry()} data-testid="retry-step">
      {translate('parcours.journeys.retry')}
    </Button>
  );
};

export const JourneyErrorAlert = () => {
  const journey = useRecordContext<Journey>();
  const translate = useTranslate();
  if (!journey || journey.status !== 'error' || !journey.error) return null;
  const { activity, stepId, message } = journey.error;
  return (
    <Alert severity="error" data-testid="journey-error">
      <AlertTitle>{translate('parcours.journeys.error_title')}</AlertTitle>
      {translate('parcours.journeys.error_detail', { activity, step: stepId, message })}
    </Alert>
  );
};
