import { BooleanInput, SelectInput } from 'react-admin';
import { PROFESSIONS, TASK_STATUSES, enumChoices } from '../common/choices';

export const taskFilters = [
  <SelectInput key="status" source="status" choices={enumChoices(TASK_STATUSES, 'parcours.status.task')} alwaysOn />,
  <SelectInput
    key="assigneeProfession"
    source="assigneeProfession"
    choices={enumChoices(PROFESSIONS, 'parcours.professions')}
    alwaysOn
  />,
  <BooleanInput key="mine" source="mine" label="parcours.tasks.mine" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" label="parcours.tasks.overdue_only" alwaysOn />,
];
