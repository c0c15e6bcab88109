import { Create, PasswordInput, SimpleForm, minLength, required } from 'react-admin';
import { UserInputs } from './UserInputs';

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <UserInputs />
      <PasswordInput source="password" validate={[required(), minLength(12)]} />
    </SimpleForm>
  </Create>
);
