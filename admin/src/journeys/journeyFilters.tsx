import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
  useTranslate,
  type SearchInputProps,
} from 'react-admin';
import { JOURNEY_STATUSES, enumChoices } from '../common/choices';
import { ParcoursKeyInput } from './ParcoursKeyInput';

// SearchInput shows its placeholder as given: translated here.
const PatientSearchInput = (props: SearchInputProps) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate('parcours.journeys.search_patient')} />;
};

// Every status is listed unless the status filter says otherwise: finished journeys are never hidden silently.
export const journeyFilters = [
  <PatientSearchInput key="q" source="q" alwaysOn />,
  <ParcoursKeyInput key="parcoursKey" source="parcoursKey" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices(JOURNEY_STATUSES, 'parcours.status.journey')}
    emptyText="parcours.journeys.all_statuses"
    alwaysOn
  />,
  <TextInput key="currentStep" source="currentStep" />,
  <BooleanInput key="overdue" source="overdue" label="parcours.journeys.overdue_only" alwaysOn />,
  <ReferenceInput key="patientId" source="patientId" reference="patients">
    <AutocompleteInput />
  </ReferenceInput>,
];
