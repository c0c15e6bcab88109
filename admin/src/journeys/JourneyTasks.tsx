import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import Typography from '@mui/material/Typography';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { DueAtField } from '../tasks/DueAtField';
import { ReassignTaskButton } from '../tasks/ReassignTaskButton';
import { TaskAssigneeField } from '../tasks/TaskAssigneeField';
import { TaskStatusField } from '../tasks/TaskStatusField';
import type { Task } from '@parcours/rules/contract';

interface JourneyTasksProps {
  /** Restricts the tasks to one step of the journey. */
  stepId?: string;
}

export const JourneyTasks = ({ stepId }: JourneyTasksProps) => {
  const translate = useTranslate();
  return (
    <ReferenceManyField<Task>
      reference="tasks"
      target="journeyId"
      filter={stepId ? { stepId } : {}}
      sort={{ field: 'dueAt', order: 'ASC' }}
      perPage={50}
      empty={<Typography variant="body2">{translate('parcours.journeys.no_tasks')}</Typography>}
    >
      {/* A filtered empty list would otherwise offer to "clear the filters", which makes no sense here. */}
      <DataTable<Task>
        rowClick="show"
        bulkActionButtons={false}
        empty={<Typography variant="body2">{translate('parcours.journeys.no_tasks')}</Typography>}
      >
        <DataTable.Col source="title" disableSort>
          <LocalizedTextField source="title" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <TaskStatusField source="status" />
        </DataTable.Col>
        <DataTable.Col source="assigneeProfession">
          <TaskAssigneeField />
        </DataTable.Col>
        <DataTable.Col source="dueAt">
          <DueAtField source="dueAt" />
        </DataTable.Col>
        <DataTable.Col label="parcours.tasks.actions" disableSort>
          <ReassignTaskButton />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};
