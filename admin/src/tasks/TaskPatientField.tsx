import type { FieldProps } from 'react-admin';
import { ReferenceField } from 'react-admin';
import type { Task } from '../types';

// Tasks only know their journey; the patient is one reference further (both batched by getMany).
export const TaskPatientField = (_props: Partial<FieldProps<Task>>) => (
  <ReferenceField source="journeyId" reference="journeys" link={false}>
    <ReferenceField source="patientId" reference="patients" link="show" />
  </ReferenceField>
);
