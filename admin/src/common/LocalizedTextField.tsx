import type { FieldProps } from 'react-admin';
import { useFieldValue } from 'react-admin';
import Typography from '@mui/material/Typography';
import type { LocalizedText } from '@parcours/rules/contract';
import { useLocalizedText } from './useLocalizedText';

/** Shows a `{ fr, en? }` (or plain string) property in the current language. */
export const LocalizedTextField = ({ source }: FieldProps) => {
  const value = useFieldValue<Record<string, unknown>>({ source }) as LocalizedText | string | undefined;
  const localize = useLocalizedText();
  return (
    <Typography component="span" variant="body2">
      {localize(value)}
    </Typography>
  );
};
