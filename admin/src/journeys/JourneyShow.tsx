import { Labeled, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import type { Journey } from '../types';
import { CurrentStepTasks } from './CurrentStepTasks';
import { JourneyStatusField } from './JourneyStatusField';
import { JourneyTasks } from './JourneyTasks';
import { LocaleDateField } from '../common/LocaleDateField';

export const JourneyShow = () => (
  <Show<Journey>>
    <SimpleShowLayout>
      <ReferenceField source="patientId" reference="patients" link="show" />
      <TextField source="parcoursKey" />
      <NumberField source="parcoursVersion" />
      <JourneyStatusField source="status" />
      <TextField source="currentStep" emptyText="parcours.common.not_set" />
      <TextField source="outcome" emptyText="parcours.common.not_set" />
      <LocaleDateField source="startedAt" showTime />
      <LocaleDateField source="endedAt" showTime emptyText="parcours.common.not_set" />
      <Labeled label="parcours.journeys.current_step_tasks" fullWidth>
        <CurrentStepTasks />
      </Labeled>
      <Labeled label="parcours.journeys.all_tasks" fullWidth>
        <JourneyTasks />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
