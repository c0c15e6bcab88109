// The CPTS's named pools (the referent nurse, the coordination cell) a task may be assigned to, read once from
// `GET /api/pools`. Only suggestions: the pool field stays a free slug, so the editor works while the list is
// unavailable (an older API, a network error) and a definition may name a pool the organisers create later.
import { useQuery } from '@tanstack/react-query';
import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';

export interface PoolChoice {
  key: string;
  label: string;
}

const LIST_URL = `${API_URL}/pools?${new URLSearchParams({ range: '[0,199]', sort: '["label","ASC"]' }).toString()}`;

/** Reads `{ key | id, label }` rows, ignoring anything else the API adds. */
export function poolChoices(json: unknown): PoolChoice[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((row: unknown) => {
    if (typeof row !== 'object' || row === null) return [];
    const { key, id, label } = row as { key?: unknown; id?: unknown; label?: unknown };
    const k = typeof key === 'string' ? key : typeof id === 'string' ? id : null;
    return k ? [{ key: k, label: typeof label === 'string' && label ? label : k }] : [];
  });
}

/** The pools, read only while `enabled` (a screen that names no pool asks nothing). */
export const usePools = (enabled = true): PoolChoice[] => {
  const { data } = useQuery({
    enabled,
    queryKey: ['pools', 'choices'],
    queryFn: async () => poolChoices((await httpClient(LIST_URL)).json),
    staleTime: 60_000,
    retry: false,
  });
  return data ?? [];
};
