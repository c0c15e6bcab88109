import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';
import Typography from '@mui/material/Typography';
import { UserMenu } from './UserMenu';

// The app name stays visible beside each page's own title.
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar userMenu={<UserMenu />}>
      <Typography variant="h6" component="span" sx={{ mr: 2, whiteSpace: 'nowrap' }}>
        {translate('parcours.app.title')}
      </Typography>
      <TitlePortal variant="subtitle1" />
    </RaAppBar>
  );
};
