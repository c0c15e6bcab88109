import { DataTable, List } from 'react-admin';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { TranslatedEnumField } from '../common/TranslatedEnumField';
import type { Task } from '../types';
import { DueAtField } from './DueAtField';
import { isOverdue } from './isOverdue';
import { TaskPatientField } from './TaskPatientField';
import { TaskStatusField } from './TaskStatusField';
import { taskFilters } from './taskFilters';

const overdueRowSx = (task: Task) => (isOverdue(task) ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : {});

// "Mes tâches": the API returns the tasks the signed-in user may see; open ones first, soonest due first.
export const TaskList = () => (
  <List<Task>
    title="parcours.tasks.menu"
    filters={taskFilters}
    filterDefaultValues={{ status: 'open' }}
    sort={{ field: 'dueAt', order: 'ASC' }}
  >
    <DataTable<Task> rowClick="show" rowSx={overdueRowSx} bulkActionButtons={false}>
      <DataTable.Col source="dueAt">
        <DueAtField source="dueAt" />
      </DataTable.Col>
      <DataTable.Col source="title" disableSort>
        <LocalizedTextField source="title" />
      </DataTable.Col>
      <DataTable.Col source="journeyId" label="resources.journeys.fields.patientId" disableSort>
        <TaskPatientField />
      </DataTable.Col>
      <DataTable.Col source="assigneeProfession">
        <TranslatedEnumField source="assigneeProfession" prefix="parcours.professions" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <TaskStatusField source="status" />
      </DataTable.Col>
    </DataTable>
  </List>
);
