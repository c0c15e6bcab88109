import { Edit, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

// Pessimistic: a refused change (duplicate e-mail…) must not look saved.
export const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <UserInputs editing />
    </SimpleForm>
  </Edit>
);
