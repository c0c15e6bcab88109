// « Accès exceptionnel » in the menu, for those the permission table lets open one (professionals).
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Menu, useCanAccess, useTranslate } from 'react-admin';

export const BREAK_GLASS_PATH = '/emergency-access';

export const BreakGlassMenuItem = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'break-glass', action: 'create' });
  if (!canAccess) return null;
  return (
    <Menu.Item to={BREAK_GLASS_PATH} primaryText={translate('parcours.break_glass.menu')} leftIcon={<LockOpenIcon />} />
  );
};
