import type { FieldProps } from 'react-admin';
import { StatusChipField } from '../common/StatusChipField';

export const TaskStatusField = ({ source }: FieldProps) => (
  <StatusChipField source={source} prefix="parcours.status.task" colors={{ open: 'primary', completed: 'success' }} />
);
