import { useLocaleState } from 'react-admin';

// Dates and numbers follow the UI language, not the browser; English uses British day-first dates (users are in France).
export const useIntlLocale = (): string => {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en-GB' : 'fr-FR';
};
