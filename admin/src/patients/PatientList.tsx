import { BooleanField, DataTable, List, TextArrayField } from 'react-admin';
import { TranslatedEnumField } from '../common/TranslatedEnumField';
import type { Patient } from '../types';
import { patientFilters } from './patientFilters';
import { LocaleDateField } from '../common/LocaleDateField';

export const PatientList = () => (
  <List<Patient> filters={patientFilters} sort={{ field: 'lastName', order: 'ASC' }}>
    <DataTable<Patient> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="lastName" />
      <DataTable.Col source="firstName" />
      <DataTable.Col source="birthDate" field={LocaleDateField} />
      <DataTable.Col source="sex">
        <TranslatedEnumField source="sex" prefix="parcours.sex" />
      </DataTable.Col>
      <DataTable.Col source="ald" disableSort>
        <TextArrayField source="ald" />
      </DataTable.Col>
      <DataTable.Col source="hasMedecinTraitant" field={BooleanField} />
      <DataTable.Col source="lastDischargeAt" field={LocaleDateField} />
    </DataTable>
  </List>
);
