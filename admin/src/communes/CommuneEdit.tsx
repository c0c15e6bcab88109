import { Edit, SimpleForm, TextInput, required } from 'react-admin';

// Pessimistic: a refused removal (patients still live there) must not look done, and shows the API's reason.
export const CommuneEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      {/* Patients and professionals name the commune by its code: a commune is renamed, never recoded. */}
      <TextInput source="inseeCode" disabled helperText="parcours.communes.insee_fixed" />
      <TextInput source="name" validate={required()} />
    </SimpleForm>
  </Edit>
);
