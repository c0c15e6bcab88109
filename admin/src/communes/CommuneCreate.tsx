import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { validateInseeCode } from './communeValidation';

// The code is typed as INSEE writes it; `2a` is read as `2A` by the API, so the form upper-cases it too.
export const CommuneCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput
        source="inseeCode"
        validate={validateInseeCode}
        parse={(v: string) => v.toUpperCase()}
        helperText="parcours.communes.insee_help"
      />
      <TextInput source="name" validate={required()} />
    </SimpleForm>
  </Create>
);
