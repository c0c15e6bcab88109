// Commune pickers: one commune (a patient's, a professional's practice) or several (those a professional covers),
// searched by name or INSEE code among the CPTS's communes (GET /api/communes).
import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput } from 'react-admin';

const label = (c: { name: string; inseeCode: string }) => `${c.name} (${c.inseeCode})`;
const toFilter = (q: string) => (q ? { q } : {});

export const CommuneInput = ({ source }: { source: string }) => (
  <ReferenceInput source={source} reference="communes" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText={label} filterToQuery={toFilter} parse={(v: string) => v || null} />
  </ReferenceInput>
);

export const CommunesInput = ({ source }: { source: string }) => (
  <ReferenceArrayInput source={source} reference="communes" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteArrayInput optionText={label} filterToQuery={toFilter} />
  </ReferenceArrayInput>
);
