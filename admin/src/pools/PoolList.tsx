import { DataTable, List, SearchInput, useCanAccess } from 'react-admin';
import { csvExporter } from '../providers/csvExporter';
import { PoolMembersField } from './PoolMembersField';

const poolFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const PoolList = () => {
  // Organisers open the form; auditors read the pool.
  const { canAccess: canEdit } = useCanAccess({ resource: 'pools', action: 'edit' });
  return (
    <List exporter={csvExporter} filters={poolFilters} sort={{ field: 'label', order: 'ASC' }}>
      <DataTable rowClick={canEdit ? 'edit' : 'show'} bulkActionButtons={false}>
        <DataTable.Col source="label" />
        <DataTable.Col source="key" />
        <DataTable.NumberCol source="memberCount" disableSort />
        <DataTable.Col source="members" disableSort>
          <PoolMembersField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
