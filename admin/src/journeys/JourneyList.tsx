import { DataTable, List, NumberField } from 'react-admin';
import type { Journey } from '@parcours/rules/contract';
import { JourneyStatusField } from './JourneyStatusField';
import { journeyFilters } from './journeyFilters';
import { LocaleDateField } from '../common/LocaleDateField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { csvExporter } from '../providers/csvExporter';
import { CappedPagination } from '../common/CappedPagination';

// Server-side filters and pagination only: the list stays fast on a 100,000-patient base.
export const JourneyList = () => (
  <List<Journey>
    exporter={csvExporter}
    filters={journeyFilters}
    sort={{ field: 'startedAt', order: 'DESC' }}
    pagination={<CappedPagination />}
  >
    <DataTable<Journey> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="patientName" disableSort />
      <DataTable.Col source="parcoursKey">
        <LocalizedTextField source="parcoursTitle" />
      </DataTable.Col>
      <DataTable.Col source="version" field={NumberField} />
      <DataTable.Col source="status">
        <JourneyStatusField source="status" />
      </DataTable.Col>
      <DataTable.Col source="currentStep">
        <LocalizedTextField source="currentStepTitle" />
      </DataTable.Col>
      <DataTable.Col source="outcome" disableSort>
        <LocalizedTextField source="outcomeLabel" />
      </DataTable.Col>
      <DataTable.Col source="overdueTasks" field={NumberField} disableSort />
      <DataTable.Col source="startedAt" field={LocaleDateField} />
      <DataTable.Col source="endedAt" field={LocaleDateField} />
    </DataTable>
  </List>
);
