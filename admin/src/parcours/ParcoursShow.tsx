import { Labeled, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { JsonField } from '../common/JsonField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import type { Parcours } from '@parcours/rules/contract';
import { ParcoursStatusField } from './ParcoursStatusField';
import { LocaleDateField } from '../common/LocaleDateField';

export const ParcoursShow = () => (
  <Show<Parcours>>
    <SimpleShowLayout>
      <LocalizedTextField source="title" />
      <TextField source="key" />
      <NumberField source="version" />
      <ParcoursStatusField source="status" />
      <LocaleDateField source="publishedAt" showTime emptyText="parcours.common.not_set" />
      <Labeled label="parcours.parcours.body" fullWidth>
        <JsonField source="body" />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
