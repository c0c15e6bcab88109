// The access log: every read and write of patient data, filtered server-side (it grows with every request).
import { DataTable, List, TextInput } from 'react-admin';
import { DayFirstDateInput } from '../common/DayFirstDateInput';
import { LocaleDateField } from '../common/LocaleDateField';
import { JsonField } from '../common/JsonField';
import { TranslatedEnumField } from '../common/TranslatedEnumField';
import { csvExporter } from '../providers/csvExporter';
import { CappedPagination } from '../common/CappedPagination';

const auditFilters = [
  <TextInput key="action" source="action" alwaysOn />,
  <TextInput key="resource" source="resource" alwaysOn />,
  <TextInput key="patientId" source="patientId" />,
  <TextInput key="actorId" source="actorId" />,
  <DayFirstDateInput key="from" source="from" filter alwaysOn />,
  <DayFirstDateInput key="to" source="to" filter alwaysOn />,
];

export const AuditList = () => (
  <List
    exporter={csvExporter}
    filters={auditFilters}
    sort={{ field: 'at', order: 'DESC' }}
    pagination={<CappedPagination />}
  >
    <DataTable bulkActionButtons={false} expand={<JsonField source="details" />}>
      <DataTable.Col source="at">
        <LocaleDateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col source="actorName" disableSort />
      <DataTable.Col source="actorRole" disableSort>
        <TranslatedEnumField source="actorRole" prefix="parcours.roles" />
      </DataTable.Col>
      <DataTable.Col source="action" />
      <DataTable.Col source="resource" />
      <DataTable.Col source="resourceId" disableSort />
      <DataTable.Col source="patientId" disableSort />
      <DataTable.Col source="ip" disableSort />
    </DataTable>
  </List>
);
