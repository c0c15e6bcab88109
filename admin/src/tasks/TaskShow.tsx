import { ReferenceField, Show, SimpleShowLayout } from 'react-admin';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { TaskAssigneeField } from './TaskAssigneeField';
import { TaskClaimButton } from './TaskClaimButton';
import { ReassignTaskButton } from './ReassignTaskButton';
import type { Task } from '@parcours/rules/contract';
import { DueAtField } from './DueAtField';
import { TaskCompletion } from './TaskCompletion';
import { TaskPatientField } from './TaskPatientField';
import { TaskStatusField } from './TaskStatusField';
import { TaskTitle } from './TaskTitle';
import { LocaleDateField } from '../common/LocaleDateField';

export const TaskShow = () => (
  <Show<Task> title={<TaskTitle />}>
    <SimpleShowLayout>
      <LocalizedTextField source="title" />
      <TaskPatientField label="resources.journeys.fields.patientId" />
      <ReferenceField source="journeyId" reference="journeys" link="show" />
      <TaskStatusField source="status" />
      <DueAtField source="dueAt" />
      <TaskAssigneeField label="resources.tasks.fields.assigneeProfession" />
      <TaskClaimButton />
      <ReassignTaskButton />
      <LocaleDateField source="completedAt" showTime emptyText="parcours.common.not_set" />
    </SimpleShowLayout>
    <TaskCompletion />
  </Show>
);
