import { CreateButton, DataTable, List, NumberField, SelectInput, TextInput, TopToolbar } from 'react-admin';
import { PARCOURS_STATUSES, enumChoices } from '../common/choices';
import { LocalizedTextField } from '../common/LocalizedTextField';
import type { Parcours } from '@parcours/rules/contract';
import { ParcoursStatusField } from './ParcoursStatusField';
import { LocaleDateField } from '../common/LocaleDateField';
import { csvExporter } from '../providers/csvExporter';

const parcoursFilters = [
  <TextInput key="q" source="q" label="parcours.parcours.search" alwaysOn />,
  <TextInput key="key" source="key" />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices(PARCOURS_STATUSES, 'parcours.status.parcours')}
    alwaysOn
  />,
];

// CreateButton hides itself for roles that canAccess refuses `create` (everyone but coordinators).
const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

// One row per version (and per draft): the versions of a key sit together, newest first.
export const ParcoursList = () => (
  <List<Parcours> exporter={csvExporter} filters={parcoursFilters} actions={<ListActions />}>
    <DataTable<Parcours> rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="key" />
      <DataTable.Col source="title" disableSort>
        <LocalizedTextField source="title" />
      </DataTable.Col>
      <DataTable.Col source="version" field={NumberField} />
      <DataTable.Col source="status">
        <ParcoursStatusField source="status" />
      </DataTable.Col>
      <DataTable.Col source="runningJourneys" field={NumberField} disableSort />
      <DataTable.Col source="publishedAt" field={LocaleDateField} />
    </DataTable>
  </List>
);
