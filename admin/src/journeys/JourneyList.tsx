import { DataTable, List, NumberField, ReferenceField } from 'react-admin';
import type { Journey } from '../types';
import { JourneyStatusField } from './JourneyStatusField';
import { journeyFilters } from './journeyFilters';
import { LocaleDateField } from '../common/LocaleDateField';

export const JourneyList = () => (
  <List<Journey>
    filters={journeyFilters}
    filterDefaultValues={{ status: 'running' }}
    sort={{ field: 'startedAt', order: 'DESC' }}
  >
    <DataTable<Journey> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="patientId">
        <ReferenceField source="patientId" reference="patients" link="show" />
      </DataTable.Col>
      <DataTable.Col source="parcoursKey" />
      <DataTable.Col source="parcoursVersion" field={NumberField} />
      <DataTable.Col source="status">
        <JourneyStatusField source="status" />
      </DataTable.Col>
      <DataTable.Col source="currentStep" />
      <DataTable.Col source="startedAt" field={LocaleDateField} />
      <DataTable.Col source="endedAt" field={LocaleDateField} />
    </DataTable>
  </List>
);
