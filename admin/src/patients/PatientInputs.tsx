// The inputs shared by patient creation and edition, with the API's rules (see patientValidation.ts).
import { SelectInput, TextInput } from 'react-admin';
import { CommuneInput } from '../common/CommuneInput';
import { SEXES, enumChoices } from '../common/choices';
import { CodesInput } from '../common/CodesInput';
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
    {/* Pathologies and ALD are chosen from the catalogue by name; the code is shown beside it. */}
    <CodesInput source="conditions" system="conditions" validate={patientValidators.conditions} />
    <CodesInput source="ald" system="ald" validate={patientValidators.ald} />
    {/* hasMedecinTraitant is derived from the care team, edited on the patient page. */}
    <CommuneInput source="communeCode" />
    <DayFirstDateInput source="lastDischargeAt" empty={null} validate={patientValidators.lastDischargeAt} />
  </>
);
