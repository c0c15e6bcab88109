import type { FieldProps } from 'react-admin';
import { StatusChipField } from '../common/StatusChipField';

export const JourneyStatusField = ({ source }: FieldProps) => (
  <StatusChipField
    source={source}
    prefix="parcours.status.journey"
    colors={{ running: 'primary', completed: 'success', failed: 'error', error: 'error' }}
  />
);
