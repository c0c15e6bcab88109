import { useRecordContext, useTranslate } from 'react-admin';
import Typography from '@mui/material/Typography';
import type { Journey } from '@parcours/rules/contract';
import { JourneyTasks } from './JourneyTasks';

export const CurrentStepTasks = () => {
  const journey = useRecordContext<Journey>();
  const translate = useTranslate();
  if (!journey) return null;
  if (!journey.currentStep || journey.status !== 'running') {
    return <Typography variant="body2">{translate('parcours.journeys.no_current_step')}</Typography>;
  }
  return <JourneyTasks stepId={journey.currentStep} />;
};
