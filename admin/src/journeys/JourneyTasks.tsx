import { DataTable, ReferenceManyField, TextField, useTranslate } from 'react-admin';
import Typography from '@mui/material/Typography';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { TranslatedEnumField } from '../common/TranslatedEnumField';
import { DueAtField } from '../tasks/DueAtField';
import { TaskStatusField } from '../tasks/TaskStatusField';
import type { Task } from '../types';

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
      <DataTable<Task> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" disableSort>
          <LocalizedTextField source="title" />
        </DataTable.Col>
        {stepId ? null : <DataTable.Col source="stepId" field={TextField} />}
        <DataTable.Col source="status">
          <TaskStatusField source="status" />
        </DataTable.Col>
        <DataTable.Col source="assigneeProfession">
          <TranslatedEnumField source="assigneeProfession" prefix="parcours.professions" />
        </DataTable.Col>
        <DataTable.Col source="dueAt">
          <DueAtField source="dueAt" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};
