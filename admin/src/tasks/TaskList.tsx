import Stack from '@mui/material/Stack';
import { DataTable, List } from 'react-admin';
import { LocalizedTextField } from '../common/LocalizedTextField';
import type { Task } from '@parcours/rules/contract';
import { DueAtField } from './DueAtField';
import { isOverdue } from './isOverdue';
import { TaskAssigneeField } from './TaskAssigneeField';
import { TaskClaimButton } from './TaskClaimButton';
import { ReassignTaskButton } from './ReassignTaskButton';
import { TaskPatientField } from './TaskPatientField';
import { TaskStatusField } from './TaskStatusField';
import { taskFilters } from './taskFilters';
import { csvExporter } from '../providers/csvExporter';
import { CappedPagination } from '../common/CappedPagination';

const overdueRowSx = (task: Task) => (isOverdue(task) ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : {});

// "Mes tâches": the API returns the tasks the signed-in user may see; open ones first, soonest due first.
export const TaskList = () => (
  <List<Task>
    exporter={csvExporter}
    title="parcours.tasks.menu"
    filters={taskFilters}
    filterDefaultValues={{ status: 'open' }}
    sort={{ field: 'dueAt', order: 'ASC' }}
    pagination={<CappedPagination />}
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
        <TaskAssigneeField />
      </DataTable.Col>
      <DataTable.Col source="status">
        <TaskStatusField source="status" />
      </DataTable.Col>
      {/* Professionals claim; coordinators reassign: each role sees its own button (the other renders nothing). */}
      <DataTable.Col source="claimedAt" label="parcours.tasks.actions" disableSort>
        <Stack direction="row" spacing={1}>
          <TaskClaimButton />
          <ReassignTaskButton />
        </Stack>
      </DataTable.Col>
    </DataTable>
  </List>
);
