import { NullableBooleanInput, NumberInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { SEXES, enumChoices } from '../common/choices';

// `q` is a free-text search on names; the other filters map one-to-one to patient properties.
export const patientFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="sex" source="sex" choices={enumChoices(SEXES, 'parcours.sex')} />,
  <NumberInput key="ageMin" source="ageMin" label="parcours.enrolments.age_min" />,
  <NumberInput key="ageMax" source="ageMax" label="parcours.enrolments.age_max" />,
  <TextInput key="conditions" source="conditions" />,
  <TextInput key="ald" source="ald" />,
  <NullableBooleanInput key="hasMedecinTraitant" source="hasMedecinTraitant" />,
  // The patient's say, derived on the patient row: who objects to the sharing of their data, who was informed.
  <NullableBooleanInput key="objecting" source="objecting" />,
  <NullableBooleanInput key="informed" source="informed" />,
];
