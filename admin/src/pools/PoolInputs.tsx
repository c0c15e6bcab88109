// The inputs shared by pool creation and edition; the key is chosen once, since parcours definitions name the pool by it.
import { TextInput, maxLength, regex, required } from 'react-admin';
import { POOL_KEY_PATTERN } from '@parcours/rules/contract';
import { PoolMembersInput } from './PoolMembersInput';

const validateKey = [required(), maxLength(60), regex(POOL_KEY_PATTERN, 'parcours.pools.key_format')];

export const PoolInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    <TextInput
      source="key"
      validate={creating ? validateKey : undefined}
      disabled={!creating}
      helperText={creating ? 'parcours.pools.key_help' : 'parcours.pools.key_fixed'}
    />
    <TextInput source="label" validate={[required(), maxLength(200)]} />
    <TextInput source="description" multiline minRows={2} parse={(v: string) => v || null} />
    <PoolMembersInput />
  </>
);
