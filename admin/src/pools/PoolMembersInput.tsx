// Chooses a pool's members among the active professionals (GET /api/professionals, searched by name server-side):
// only professionals take a pool's tasks, so no one else is offered.
import { AutocompleteArrayInput, ReferenceArrayInput, useTranslate } from 'react-admin';

interface Professional {
  displayName: string;
  profession: string | null;
}

const toFilter = (q: string) => (q ? { q } : {});

export const PoolMembersInput = () => {
  const translate = useTranslate();
  const label = (p: Professional) =>
    p.profession
      ? `${p.displayName} (${translate(`parcours.professions.${p.profession}`, { _: p.profession })})`
      : p.displayName;
  return (
    <ReferenceArrayInput source="memberIds" reference="professionals" sort={{ field: 'displayName', order: 'ASC' }}>
      <AutocompleteArrayInput
        optionText={label}
        filterToQuery={toFilter}
        helperText="parcours.pools.members_help"
        label="resources.pools.fields.memberIds"
      />
    </ReferenceArrayInput>
  );
};
