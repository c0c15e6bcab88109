import { Edit, SimpleForm } from 'react-admin';
import { PoolInputs } from './PoolInputs';

// Pessimistic: a refused member or deletion (tasks still given to the pool) must not look saved.
export const PoolEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <PoolInputs />
    </SimpleForm>
  </Edit>
);
