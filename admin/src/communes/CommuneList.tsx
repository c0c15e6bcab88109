import { DataTable, List, SearchInput } from 'react-admin';
import { csvExporter } from '../providers/csvExporter';

const communeFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const CommuneList = () => (
  <List exporter={csvExporter} filters={communeFilters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="inseeCode" />
    </DataTable>
  </List>
);
