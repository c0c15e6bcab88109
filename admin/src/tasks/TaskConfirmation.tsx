import { Link, useTranslate } from 'react-admin';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { TaskCompletionResult } from '../types';

// Tells the professional where the journey went next, so the effect of her answers is visible at once.
export const TaskConfirmation = ({ result }: { result: TaskCompletionResult }) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="success"
      role="status"
      action={
        <Button component={Link} to="/tasks" color="inherit" size="small">
          {translate('parcours.common.back_to_list')}
        </Button>
      }
    >
      <AlertTitle>{translate('parcours.tasks.complete.confirmation_title')}</AlertTitle>
      {translate('parcours.tasks.complete.confirmation_body')}{' '}
      <span data-testid="task-next-step">
        {result.nextStep
          ? translate('parcours.tasks.complete.next_step', { step: result.nextStep })
          : translate('parcours.tasks.complete.journey_ended')}
      </span>
    </Alert>
  );
};
