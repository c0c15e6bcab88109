import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  BooleanField,
  Button,
  CreateButton,
  DataTable,
  ExportButton,
  List,
  TextArrayField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { TranslatedEnumField } from '../common/TranslatedEnumField';
import type { Patient } from '@parcours/rules/contract';
import { patientFilters } from './patientFilters';
import { LocaleDateField } from '../common/LocaleDateField';
import { csvExporter } from '../providers/csvExporter';
import { CappedPagination } from '../common/CappedPagination';

const ImportButton = () => {
  const { canAccess } = useCanAccess({ resource: 'patients', action: 'import' });
  if (!canAccess) return null;
  return (
    <Button to="/patients-import" label="parcours.patients.import.title">
      <UploadFileIcon />
    </Button>
  );
};

const PatientListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ImportButton />
    <ExportButton />
  </TopToolbar>
);

export const PatientList = () => (
  <List<Patient>
    exporter={csvExporter}
    filters={patientFilters}
    sort={{ field: 'lastName', order: 'ASC' }}
    actions={<PatientListActions />}
    pagination={<CappedPagination />}
  >
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
