// « Messages » in the menu, with the number of unread messages as a badge.
import Badge from '@mui/material/Badge';
import { Menu, useTranslate } from 'react-admin';
import { useUnreadMessageCount } from './useUnreadMessageCount';

export const MessagesMenuItem = () => {
  const translate = useTranslate();
  const count = useUnreadMessageCount();
  return (
    <Menu.ResourceItem
      name="messages"
      primaryText={
        <Badge
          badgeContent={count}
          color="error"
          max={99}
          data-testid="unread-messages"
          aria-label={translate('parcours.messages.unread_count', { smart_count: count })}
          sx={{ '& .MuiBadge-badge': { right: -16, top: '50%' } }}
        >
          {translate('parcours.messages.menu')}
        </Badge>
      }
    />
  );
};
