import { Create, SimpleForm } from 'react-admin';
import { PoolInputs } from './PoolInputs';

export const PoolCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ memberIds: [] }}>
      <PoolInputs creating />
    </SimpleForm>
  </Create>
);
