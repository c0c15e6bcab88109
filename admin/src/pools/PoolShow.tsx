import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { PoolMembersField } from './PoolMembersField';

// What auditors read: who is in the pool, hence who sees the tasks given to it.
export const PoolShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="label" />
      <TextField source="key" />
      <TextField source="description" emptyText="—" />
      <NumberField source="memberCount" />
      <PoolMembersField label="resources.pools.fields.members" />
    </SimpleShowLayout>
  </Show>
);
