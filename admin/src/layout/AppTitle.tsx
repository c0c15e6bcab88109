import { useTranslate } from 'react-admin';

/** Title given to `<Admin>`, used by react-admin on its error and not-found pages. */
export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('parcours.app.title')}</>;
};
