import {
  BooleanField,
  EditButton,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
} from 'react-admin';
import { AccessLogButton } from './AccessLogButton';
import { EnrolPatientButton } from './EnrolPatientButton';
import { TranslatedEnumField } from '../common/TranslatedEnumField';
import type { Patient } from '@parcours/rules/contract';
import { PatientCareTeam } from './PatientCareTeam';
import { PatientEligibility } from './PatientEligibility';
import { PatientJourneys } from './PatientJourneys';
import { PatientSay } from './PatientSay';
import { LocaleDateField } from '../common/LocaleDateField';

export const PatientShow = () => (
  <Show<Patient>
    actions={
      <TopToolbar>
        <EnrolPatientButton />
        <AccessLogButton />
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="lastName" />
      <TextField source="firstName" />
      <LocaleDateField source="birthDate" />
      <TranslatedEnumField source="sex" prefix="parcours.sex" />
      <TextArrayField source="conditions" />
      <TextArrayField source="ald" />
      <ReferenceField source="communeCode" reference="communes" link={false} emptyText="parcours.common.not_set">
        <TextField source="name" />
      </ReferenceField>
      <BooleanField source="hasMedecinTraitant" />
      <Labeled label="parcours.patients.care_team.title" fullWidth>
        <PatientCareTeam />
      </Labeled>
      <Labeled label="parcours.patients.say.title" fullWidth>
        <PatientSay />
      </Labeled>
      <LocaleDateField source="lastDischargeAt" emptyText="parcours.common.not_set" />
      <Labeled label="parcours.patients.journeys" fullWidth>
        <PatientJourneys />
      </Labeled>
      <Labeled label="parcours.patients.eligibility" fullWidth>
        <PatientEligibility />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
