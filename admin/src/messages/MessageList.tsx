// The caller's inbox: messages of notify steps, reminders and escalations addressed to them, their role or their
// profession, newest first; unread ones in bold.
import { BooleanInput, DataTable, List } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { TranslatedEnumField } from '../common/TranslatedEnumField';
import type { Message } from '@parcours/rules/contract';
import { MessagePatientField } from './MessagePatientField';
import { MessageTextField } from './MessageTextField';

const messageFilters = [<BooleanInput key="unread" source="unread" label="parcours.messages.unread_only" alwaysOn />];

const unreadRowSx = (message: Message) => (message.read ? {} : { bgcolor: 'rgba(25, 118, 210, 0.06)' });

export const MessageList = () => (
  <List<Message> title="parcours.messages.menu" filters={messageFilters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable<Message> rowClick="show" rowSx={unreadRowSx} bulkActionButtons={false}>
      <DataTable.Col source="createdAt">
        <LocaleDateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <TranslatedEnumField source="kind" prefix="parcours.messages.kinds" />
      </DataTable.Col>
      <DataTable.Col source="text" disableSort>
        <MessageTextField />
      </DataTable.Col>
      <DataTable.Col source="patientName" disableSort>
        <MessagePatientField />
      </DataTable.Col>
    </DataTable>
  </List>
);
