// The inputs shared by user creation and edition; the profession only matters for professionals.
import { BooleanInput, FormDataConsumer, SelectInput, TextInput, email, required } from 'react-admin';
import { PROFESSIONS, enumChoices } from '../common/choices';

const ROLES = ['coordinator', 'professional', 'auditor', 'admin'] as const;

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
            <TextInput source="rpps" />
          </>
        ) : null
      }
    </FormDataConsumer>
    <BooleanInput source="active" defaultValue />
  </>
);
