import PeopleIcon from '@mui/icons-material/People';
import type { Patient } from '../types';
import { PatientList } from './PatientList';
import { PatientShow } from './PatientShow';

export default {
  list: PatientList,
  show: PatientShow,
  icon: PeopleIcon,
  recordRepresentation: (record: Patient) => `${record.lastName.toUpperCase()} ${record.firstName}`,
};
