// The inputs shared by patient creation and edition, with the API's rules (see patientValidation.ts).
import { BooleanInput, DateInput, SelectInput, TextInput } from 'react-admin';
import { SEXES, enumChoices } from '../common/choices';
import { CodesInput } from '../common/CodesInput';
import { patientValidators } from './patientValidation';

// The API reads dates back as midnight UTC timestamps: show their calendar date, not a local-time shift of it.
const calendarDate = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 10) : '');
// An emptied discharge date is "none", which the API takes as null.
const nullableDate = (value: string): string | null => (value === '' ? null : value);

export const PatientInputs = () => (
  <>
    <TextInput source="lastName" validate={patientValidators.name} />
    <TextInput source="firstName" validate={patientValidators.name} />
    <DateInput source="birthDate" format={calendarDate} validate={patientValidators.birthDate} />
    <SelectInput source="sex" choices={enumChoices(SEXES, 'parcours.sex')} validate={patientValidators.sex} />
    {/* Pathologies and ALD are chosen from the catalogue by name; the code is shown beside it. */}
    <CodesInput source="conditions" system="conditions" validate={patientValidators.conditions} />
    <CodesInput source="ald" system="ald" validate={patientValidators.ald} />
    <BooleanInput source="hasMedecinTraitant" />
    <DateInput
      source="lastDischargeAt"
      format={calendarDate}
      parse={nullableDate}
      validate={patientValidators.lastDischargeAt}
    />
  </>
);
