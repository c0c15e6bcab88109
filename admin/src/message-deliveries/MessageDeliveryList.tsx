// Coordinators follow the e-mailing of messages: pending (with the next attempt), sent, or dead letters with the last
// error, which they can put back in the queue once the cause is fixed.
import { DataTable, List, NumberField, SelectInput, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { TranslatedEnumField } from '../common/TranslatedEnumField';
import { MessagePatientField } from '../messages/MessagePatientField';
import { MessageTextField } from '../messages/MessageTextField';
import type { Message } from '@parcours/rules/contract';
import { RetryDeliveryButton } from './RetryDeliveryButton';

const STATUSES = ['pending', 'sent', 'dead'] as const;
const deliveryFilters = [
  <SelectInput
    key="status"
    source="status"
    alwaysOn
    choices={STATUSES.map((id) => ({ id, name: `parcours.message_deliveries.statuses.${id}` }))}
  />,
];

export const MessageDeliveryList = () => (
  <List<Message>
    title="parcours.message_deliveries.menu"
    filters={deliveryFilters}
    sort={{ field: 'createdAt', order: 'DESC' }}
  >
    <DataTable<Message> bulkActionButtons={false}>
      <DataTable.Col source="createdAt">
        <LocaleDateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField
          source="delivery.status"
          prefix="parcours.message_deliveries.statuses"
          colors={{ sent: 'success', pending: 'warning', dead: 'error' }}
        />
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
      <DataTable.Col source="attempts">
        <NumberField source="delivery.attempts" />
      </DataTable.Col>
      <DataTable.Col source="lastError" disableSort>
        <TextField source="delivery.lastError" sx={{ color: 'error.main' }} />
      </DataTable.Col>
      <DataTable.Col source="sentAt" disableSort>
        <LocaleDateField source="delivery.sentAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="actions" label="parcours.tasks.actions" disableSort>
        <RetryDeliveryButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
