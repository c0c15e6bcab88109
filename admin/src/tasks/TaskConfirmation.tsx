import { Link, useTranslate } from 'react-admin';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';

export const TaskConfirmation = () => {
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
      {translate('parcours.tasks.complete.confirmation_body')}
    </Alert>
  );
};
