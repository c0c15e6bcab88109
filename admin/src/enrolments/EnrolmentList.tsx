import { CreateButton, DataTable, List, NumberField, TopToolbar } from 'react-admin';
import { csvExporter } from '../providers/csvExporter';

export const EnrolmentList = () => (
  <List
    exporter={csvExporter}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    sort={{ field: 'createdAt', order: 'DESC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="parcoursKey" />
      <DataTable.Col source="status" />
      <DataTable.Col source="total" field={NumberField} disableSort />
      <DataTable.Col source="eligible" field={NumberField} disableSort />
      <DataTable.Col source="started" field={NumberField} disableSort />
      <DataTable.Col source="failed" field={NumberField} disableSort />
    </DataTable>
  </List>
);
