import { SelectInput, TextInput, useCanAccess, useGetList } from 'react-admin';
import { useLocalizedText } from '../common/useLocalizedText';
import type { Parcours } from '@parcours/rules/contract';

interface ParcoursKeyInputProps {
  source: string;
  alwaysOn?: boolean;
}

// One choice per parcours key (whatever its versions); roles that cannot list parcours type the key instead.
export const ParcoursKeyInput = ({ source }: ParcoursKeyInputProps) => {
  const localize = useLocalizedText();
  const { canAccess } = useCanAccess({ resource: 'parcours', action: 'list' });
  const { data = [], isPending } = useGetList<Parcours>(
    'parcours',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'key', order: 'ASC' } },
    { enabled: canAccess === true },
  );
  if (canAccess === false) return <TextInput source={source} />;
  const choices = [...new Map(data.map((p) => [p.key, { id: p.key, name: localize(p.title) || p.key }])).values()];
  return <SelectInput source={source} choices={choices} translateChoice={false} isPending={isPending} />;
};
