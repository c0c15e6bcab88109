import { SelectInput } from 'react-admin';
import { PROFESSIONS, TASK_STATUSES, enumChoices } from '../common/choices';

export const taskFilters = [
  <SelectInput key="status" source="status" choices={enumChoices(TASK_STATUSES, 'parcours.status.task')} alwaysOn />,
  <SelectInput
    key="assigneeProfession"
    source="assigneeProfession"
    choices={enumChoices(PROFESSIONS, 'parcours.professions')}
    alwaysOn
  />,
];
