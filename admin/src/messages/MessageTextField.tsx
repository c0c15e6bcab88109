// The text of a message in the interface language, bold while the caller has not read it.
import Typography from '@mui/material/Typography';
import { useRecordContext } from 'react-admin';
import { useLocalizedText } from '../common/useLocalizedText';
import type { Message } from '@parcours/rules/contract';

export const MessageTextField = (_props: { label?: string; source?: string }) => {
  const message = useRecordContext<Message>();
  const localized = useLocalizedText();
  if (!message) return null;
  return (
    <Typography variant="body2" sx={{ fontWeight: message.read ? 'normal' : 'bold', whiteSpace: 'pre-line' }}>
      {localized(message.text)}
    </Typography>
  );
};
