// The inputs shared by user creation and edition; the profession only matters for professionals.
import { BooleanInput, FormDataConsumer, SelectInput, TextInput, email, regex, required } from 'react-admin';
import { PROFESSIONS, enumChoices } from '../common/choices';
import { CommuneInput, CommunesInput } from '../common/CommuneInput';

const ROLES = ['coordinator', 'professional', 'auditor', 'admin'] as const;
// The API's rule, checked before sending: 11 digits (or nothing).
const rpps = regex(/^\d{11}$/, 'parcours.users.rpps_format');

export const UserInputs = () => (
  <>
    <TextInput source="displayName" validate={required()} />
    <TextInput source="email" type="email" validate={[required(), email()]} />
    <SelectInput source="role" choices={enumChoices(ROLES, 'parcours.roles')} validate={required()} />
    <FormDataConsumer<{ role?: string }>>
      {({ formData }) =>
        formData.role === 'professional' ? (
          <>
            <SelectInput
              source="profession"
              choices={enumChoices(PROFESSIONS, 'parcours.professions')}
              validate={required()}
            />
            <TextInput source="rpps" validate={rpps} />
            <CommuneInput source="communeCode" />
            <CommunesInput source="coveredCommunes" />
          </>
        ) : null
      }
    </FormDataConsumer>
    <BooleanInput source="active" defaultValue />
  </>
);
