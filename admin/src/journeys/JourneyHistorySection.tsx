import { Labeled, useCanAccess } from 'react-admin';
import { JourneyAuditActions } from './JourneyAuditActions';
import { JourneyTimeline } from './JourneyTimeline';

// The history (with the facts each decision read) is for the roles the permission table gives `journeys` `history`.

export const JourneyHistorySection = () => {
  const { canAccess } = useCanAccess({ resource: 'journeys', action: 'history' });
  if (!canAccess) return null;
  return (
    <>
      <Labeled label="parcours.timeline.title" fullWidth>
        <JourneyTimeline />
      </Labeled>
      <JourneyAuditActions />
    </>
  );
};
