import {
  Labeled,
  Link,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import type { Journey } from '@parcours/rules/contract';
import { CancelJourneyButton } from './CancelJourneyButton';
import { CurrentStepTasks } from './CurrentStepTasks';
import { JourneyStatusField } from './JourneyStatusField';
import { JourneyTasks } from './JourneyTasks';
import { PushFactsButton } from './PushFactsButton';
import { JourneyErrorAlert, RetryStepButton } from './RetryStepButton';
import { JourneyHistorySection } from './JourneyHistorySection';
import { LocaleDateField } from '../common/LocaleDateField';
import { LocalizedTextField } from '../common/LocalizedTextField';

// The pinned version links to the exact definition the journey runs on (read-only in the editor).
const PinnedVersionField = (_props: { label?: string }) => {
  const journey = useRecordContext<Journey>();
  if (!journey) return null;
  const text = `${journey.parcoursKey} v${journey.version}`;
  return journey.definitionId ? <Link to={`/parcours/${journey.definitionId}`}>{text}</Link> : <span>{text}</span>;
};

export const JourneyShow = () => (
  <Show<Journey>
    actions={
      <TopToolbar>
        <RetryStepButton />
        <PushFactsButton />
        <CancelJourneyButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <JourneyErrorAlert />
      <ReferenceField source="patientId" reference="patients" link="show" />
      <PinnedVersionField label="resources.journeys.fields.version" />
      <JourneyStatusField source="status" />
      <LocalizedTextField source="currentStepTitle" label="resources.journeys.fields.currentStep" />
      <LocalizedTextField source="outcomeLabel" label="resources.journeys.fields.outcome" />
      <NumberField source="overdueTasks" />
      <LocaleDateField source="startedAt" showTime />
      <LocaleDateField source="endedAt" showTime emptyText="parcours.common.not_set" />
      <Labeled label="parcours.journeys.current_step_tasks" fullWidth>
        <CurrentStepTasks />
      </Labeled>
      <JourneyHistorySection />
      <Labeled label="parcours.journeys.all_tasks" fullWidth>
        <JourneyTasks />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
