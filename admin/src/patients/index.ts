import PeopleIcon from '@mui/icons-material/People';
import type { Patient } from '@parcours/rules/contract';
import { PatientCreate } from './PatientCreate';
import { PatientEdit } from './PatientEdit';
import { PatientList } from './PatientList';
import { PatientShow } from './PatientShow';

export default {
  list: PatientList,
  show: PatientShow,
  create: PatientCreate,
  edit: PatientEdit,
  icon: PeopleIcon,
  recordRepresentation: (record: Patient) => `${record.lastName.toUpperCase()} ${record.firstName}`,
};
