import { Create, SimpleForm } from 'react-admin';
import { PatientInputs } from './PatientInputs';

// Pessimistic: a refused patient (422 at a field) must stay on the form with the server's message at that field.
export const PatientCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm defaultValues={{ conditions: [], ald: [] }}>
      <PatientInputs />
    </SimpleForm>
  </Create>
);
