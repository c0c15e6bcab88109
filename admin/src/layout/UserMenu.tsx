import { UserMenu as RaUserMenu, useGetIdentity, useTranslate } from 'react-admin';

// The button shows the user's name: its accessible name must contain it (WCAG 2.5.3, label in name), which
// react-admin's fixed « Profil » label does not.
export const UserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return <RaUserMenu label={translate('parcours.app.user_menu', { name: identity?.fullName ?? '' })} />;
};
