import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';
import type { LocalizedText } from '@parcours/rules/contract';

/** Picks the current language's text from a `{ fr, en? }` value, falling back to French (parcours are written in French). */
export const useLocalizedText = (): ((text: LocalizedText | string | null | undefined) => string) => {
  const [locale] = useLocaleState();
  return useCallback(
    (text) => {
      if (text == null) return '';
      if (typeof text === 'string') return text;
      return (locale === 'en' ? text.en : undefined) ?? text.fr;
    },
    [locale],
  );
};
