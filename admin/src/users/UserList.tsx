import { BooleanField, DataTable, List, SearchInput } from 'react-admin';
import { TranslatedEnumField } from '../common/TranslatedEnumField';
import { csvExporter } from '../providers/csvExporter';

const userFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const UserList = () => (
  <List exporter={csvExporter} filters={userFilters} sort={{ field: 'email', order: 'ASC' }}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="displayName" />
      <DataTable.Col source="email" />
      <DataTable.Col source="role">
        <TranslatedEnumField source="role" prefix="parcours.roles" />
      </DataTable.Col>
      <DataTable.Col source="profession">
        <TranslatedEnumField source="profession" prefix="parcours.professions" />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
    </DataTable>
  </List>
);
