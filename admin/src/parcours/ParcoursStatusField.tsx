import type { FieldProps } from 'react-admin';
import { StatusChipField } from '../common/StatusChipField';

export const ParcoursStatusField = ({ source }: FieldProps) => (
  <StatusChipField
    source={source}
    prefix="parcours.status.parcours"
    colors={{ draft: 'warning', published: 'success', retired: 'default' }}
  />
);
