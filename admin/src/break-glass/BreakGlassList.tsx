// The auditors' list of break-the-glass accesses: who opened which patient's file, when, why, until when; filtered
// by professional, patient, date and whether the access still runs.
import { BooleanField, BooleanInput, DataTable, List, TextField, TextInput } from 'react-admin';
import { DayFirstDateInput } from '../common/DayFirstDateInput';
import { LocaleDateField } from '../common/LocaleDateField';
import { csvExporter } from '../providers/csvExporter';

const filters = [
  <TextInput key="userId" source="userId" />,
  <TextInput key="patientId" source="patientId" />,
  <DayFirstDateInput key="from" source="from" filter alwaysOn />,
  <DayFirstDateInput key="to" source="to" filter alwaysOn />,
  <BooleanInput key="active" source="active" />,
];

export const BreakGlassList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="createdAt">
        <LocaleDateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="userName" disableSort />
      <DataTable.Col source="userProfession" disableSort />
      <DataTable.Col source="patientName" disableSort />
      <DataTable.Col source="reason" disableSort>
        <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
      </DataTable.Col>
      <DataTable.Col source="expiresAt">
        <LocaleDateField source="expiresAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
