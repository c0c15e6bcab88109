// One message: its text, the patient and parcours it concerns, and a link to the task it is about.
import { Labeled, Link, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { TranslatedEnumField } from '../common/TranslatedEnumField';
import type { Message } from '@parcours/rules/contract';
import { MarkReadOnOpen } from './MarkReadOnOpen';
import { MessagePatientField } from './MessagePatientField';
import { MessageTextField } from './MessageTextField';

const TaskLink = () => {
  const message = useRecordContext<Message>();
  const translate = useTranslate();
  if (!message?.taskId) return null;
  return (
    <Labeled label="resources.messages.fields.taskId">
      <Link to={`/tasks/${message.taskId}/show`}>{translate('parcours.messages.open_task')}</Link>
    </Labeled>
  );
};

export const MessageShow = () => (
  <Show<Message>>
    <SimpleShowLayout>
      <MarkReadOnOpen />
      <LocaleDateField source="createdAt" showTime />
      <TranslatedEnumField source="kind" prefix="parcours.messages.kinds" />
      <MessageTextField source="text" />
      <MessagePatientField source="patientName" />
      <TextField source="parcoursKey" />
      <TaskLink />
    </SimpleShowLayout>
  </Show>
);
