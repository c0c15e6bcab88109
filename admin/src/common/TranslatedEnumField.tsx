import type { FieldProps } from 'react-admin';
import { useFieldValue, useTranslate } from 'react-admin';
import Typography from '@mui/material/Typography';

interface TranslatedEnumFieldProps extends FieldProps {
  /** Translation prefix, e.g. `parcours.professions`; unknown values are shown as they are. */
  prefix: string;
}

export const TranslatedEnumField = ({ source, prefix }: TranslatedEnumFieldProps) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  const text = typeof value === 'string' && value !== '' ? translate(`${prefix}.${value}`, { _: value }) : '';
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};
