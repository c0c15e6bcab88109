// The journey's story from its Temporal history: each event with when, who, and for decisions why (in French).
import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext } from 'react-admin';
import type { Journey } from '@parcours/rules/contract';
import { getHistory } from './api';
import { TimelineEvents } from './TimelineEvents';

export const JourneyTimeline = () => {
  const journey = useRecordContext<Journey>();
  const { data, error, isPending } = useQuery({
    queryKey: ['journey-history', journey?.id, journey?.status, journey?.currentStep],
    queryFn: () => getHistory(String(journey?.id)),
    enabled: Boolean(journey),
  });
  if (!journey || isPending) return null;
  if (error) return <Alert severity="warning">{error.message}</Alert>;
  return <TimelineEvents events={data.events} />;
};
