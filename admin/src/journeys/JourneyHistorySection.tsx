import { Labeled, usePermissions } from 'react-admin';
import type { Permissions } from '../types';
import { JourneyAuditActions } from './JourneyAuditActions';
import { JourneyTimeline } from './JourneyTimeline';

// The history (with the facts each decision read) is for coordinators and auditors, as the API decides.
const HISTORY_ROLES = new Set(['coordinator', 'auditor']);

export const JourneyHistorySection = () => {
  const { permissions } = usePermissions<Permissions>();
  if (!permissions || !HISTORY_ROLES.has(permissions.role)) return null;
  return (
    <>
      <Labeled label="parcours.timeline.title" fullWidth>
        <JourneyTimeline />
      </Labeled>
      <JourneyAuditActions />
    </>
  );
};
