import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
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
  <ReferenceInput key="patientId" source="patientId" reference="patients">
    <AutocompleteInput />
  </ReferenceInput>,
];
