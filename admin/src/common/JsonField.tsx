import type { FieldProps } from 'react-admin';
import { useFieldValue } from 'react-admin';
import Box from '@mui/material/Box';

/** Read-only, pretty-printed JSON; the parcours editor will replace it for definitions. */
export const JsonField = ({ source }: FieldProps) => {
  const value: unknown = useFieldValue({ source });
  return (
    <Box
      component="pre"
      sx={{
        m: 0,
        p: 2,
        maxHeight: '70vh',
        overflow: 'auto',
        bgcolor: 'action.hover',
        borderRadius: 1,
        fontSize: 13,
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace',
      }}
    >
      {JSON.stringify(value ?? null, null, 2)}
    </Box>
  );
};
