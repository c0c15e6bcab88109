import { AutocompleteInput, BooleanInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { JOURNEY_STATUSES, enumChoices } from '../common/choices';
import { ParcoursKeyInput } from './ParcoursKeyInput';

export const journeyFilters = [
  <ParcoursKeyInput key="parcoursKey" source="parcoursKey" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices(JOURNEY_STATUSES, 'parcours.status.journey')}
    alwaysOn
  />,
  <TextInput key="currentStep" source="currentStep" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" label="parcours.journeys.overdue_only" alwaysOn />,
  <ReferenceInput key="patientId" source="patientId" reference="patients">
    <AutocompleteInput />
  </ReferenceInput>,
];
