import type { FieldProps } from 'react-admin';
import { useFieldValue, useTranslate } from 'react-admin';
import Chip from '@mui/material/Chip';
import type { ChipProps } from '@mui/material/Chip';

interface StatusChipFieldProps extends FieldProps {
  prefix: string;
  colors: Partial<Record<string, ChipProps['color']>>;
}

export const StatusChipField = ({ source, prefix, colors }: StatusChipFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  if (typeof value !== 'string') return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colors[value] ?? 'default'}
      label={translate(`${prefix}.${value}`, { _: value })}
    />
  );
};
