// The CPTS's journey outcomes (base list of rules/ plus its own), read once from the API, and their labels.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';
import type { LocalizedText } from '@parcours/rules/contract';
import { useLocalizedText } from './useLocalizedText';

export interface Outcome {
  code: string;
  label: LocalizedText;
}

export const useOutcomes = (): Outcome[] => {
  const { data } = useQuery({
    queryKey: ['outcomes'],
    queryFn: async () => (await httpClient(`${API_URL}/outcomes`)).json as Outcome[],
    staleTime: Infinity,
  });
  return data ?? [];
};

/** The label of an outcome code in the UI language; an unknown code is shown as it is. */
export const useOutcomeLabel = (): ((code: string | null | undefined) => string) => {
  const outcomes = useOutcomes();
  const localize = useLocalizedText();
  return useCallback(
    (code) => {
      if (!code) return '';
      const known = outcomes.find((o) => o.code === code);
      return known ? localize(known.label) : code;
    },
    [outcomes, localize],
  );
};
