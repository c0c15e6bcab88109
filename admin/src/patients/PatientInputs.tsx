// The inputs shared by patient creation and edition, with the API's rules (see patientValidation.ts).
import { BooleanInput, SelectInput, TextArrayInput, TextInput } from 'react-admin';
import { SEXES, enumChoices } from '../common/choices';
import { DayFirstDateInput } from '../common/DayFirstDateInput';
import { patientValidators } from './patientValidation';

// Dates come back as midnight UTC timestamps: DayFirstDateInput shows their calendar date. An emptied discharge date is
// "none", which the API takes as null.

export const PatientInputs = () => (
  <>
    <TextInput source="lastName" validate={patientValidators.name} />
    <TextInput source="firstName" validate={patientValidators.name} />
    <DayFirstDateInput source="birthDate" validate={patientValidators.birthDate} />
    <SelectInput source="sex" choices={enumChoices(SEXES, 'parcours.sex')} validate={patientValidators.sex} />
    <TextArrayInput
      source="conditions"
      helperText="parcours.patients.codes_help"
      validate={patientValidators.conditions}
    />
    <TextArrayInput source="ald" helperText="parcours.patients.codes_help" validate={patientValidators.ald} />
    <BooleanInput source="hasMedecinTraitant" />
    <DayFirstDateInput source="lastDischargeAt" empty={null} validate={patientValidators.lastDischargeAt} />
  </>
);
