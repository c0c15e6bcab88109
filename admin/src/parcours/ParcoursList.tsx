import { DataTable, List, NumberField, SelectInput, TextInput } from 'react-admin';
import { PARCOURS_STATUSES, enumChoices } from '../common/choices';
import { LocalizedTextField } from '../common/LocalizedTextField';
import type { Parcours } from '../types';
import { ParcoursStatusField } from './ParcoursStatusField';
import { LocaleDateField } from '../common/LocaleDateField';

const parcoursFilters = [
  <TextInput key="key" source="key" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices(PARCOURS_STATUSES, 'parcours.status.parcours')}
    alwaysOn
  />,
];

export const ParcoursList = () => (
  <List<Parcours> filters={parcoursFilters} sort={{ field: 'key', order: 'ASC' }}>
    <DataTable<Parcours> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="key" />
      <DataTable.Col source="title" disableSort>
        <LocalizedTextField source="title" />
      </DataTable.Col>
      <DataTable.Col source="version" field={NumberField} />
      <DataTable.Col source="status">
        <ParcoursStatusField source="status" />
      </DataTable.Col>
      <DataTable.Col source="publishedAt" field={LocaleDateField} />
    </DataTable>
  </List>
);
