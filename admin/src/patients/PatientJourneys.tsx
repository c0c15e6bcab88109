import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import Typography from '@mui/material/Typography';
import { JourneyStatusField } from '../journeys/JourneyStatusField';
import type { Journey } from '@parcours/rules/contract';
import { LocaleDateField } from '../common/LocaleDateField';
import { LocalizedTextField } from '../common/LocalizedTextField';

export const PatientJourneys = () => {
  const translate = useTranslate();
  return (
    <ReferenceManyField<Journey>
      reference="journeys"
      target="patientId"
      sort={{ field: 'startedAt', order: 'DESC' }}
      empty={<Typography variant="body2">{translate('parcours.patients.no_journeys')}</Typography>}
    >
      <DataTable<Journey> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="parcoursKey" label="resources.journeys.fields.parcoursTitle">
          <LocalizedTextField source="parcoursTitle" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <JourneyStatusField source="status" />
        </DataTable.Col>
        <DataTable.Col source="currentStep" disableSort>
          <LocalizedTextField source="currentStepTitle" />
        </DataTable.Col>
        <DataTable.Col source="outcome" disableSort>
          <LocalizedTextField source="outcomeLabel" />
        </DataTable.Col>
        <DataTable.Col source="startedAt" field={LocaleDateField} />
        <DataTable.Col source="endedAt" field={LocaleDateField} />
      </DataTable>
    </ReferenceManyField>
  );
};
