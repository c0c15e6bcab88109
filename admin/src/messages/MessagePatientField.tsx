// The patient a message concerns, linked to their record (a list row keeps its own click for opening the message).
import { Link, useRecordContext } from 'react-admin';
import type { Message } from '@parcours/rules/contract';

export const MessagePatientField = (_props: { label?: string; source?: string }) => {
  const message = useRecordContext<Message>();
  if (!message) return null;
  return (
    <Link
      to={`/patients/${message.patientId}/show`}
      onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}
    >
      {message.patientName}
    </Link>
  );
};
