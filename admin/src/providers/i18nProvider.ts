import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

export type Locale = 'fr' | 'en';

// French first whatever the browser says; the choice made in the switcher is remembered by react-admin's store.
const DEFAULT_LOCALE: Locale = 'fr';

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : fr), DEFAULT_LOCALE, [
  // Language names are written in their own language, as every language switcher does.
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
]);
