// The inputs shared by user creation and edition; the profession only matters for professionals.
import { BooleanInput, FormDataConsumer, SelectInput, TextInput, email, regex, required } from 'react-admin';
import { PROFESSIONS, enumChoices } from '../common/choices';
import { RPPS_PATTERN } from '@parcours/rules/contract';
import { CommuneInput, CommunesInput } from '../common/CommuneInput';
import { UserPools } from './UserPools';

const ROLES = ['coordinator', 'professional', 'auditor', 'admin'] as const;
// The API's rule, checked before sending: 11 digits (or nothing).
const rpps = regex(RPPS_PATTERN, 'parcours.users.rpps_format');

/** `editing`: the user exists, so the pools they belong to can be shown. */
export const UserInputs = ({ editing = false }: { editing?: boolean }) => (
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
            {editing ? <UserPools /> : null}
          </>
        ) : null
      }
    </FormDataConsumer>
    <BooleanInput source="active" defaultValue />
  </>
);
