// « Messages » in the menu, with the number of unread messages as a badge.
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import { Menu, useTranslate } from 'react-admin';
import { useUnreadMessageCount } from './useUnreadMessageCount';

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

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
          sx={{ '& .MuiBadge-badge': { right: -16, top: '50%' } }}
        >
          {translate('parcours.messages.menu')}
          {/* Read by screen readers after the name; the visual badge alone says only a number. */}
          <Box component="span" sx={visuallyHidden}>
            {count > 0 ? `, ${translate('parcours.messages.unread_count', { smart_count: count })}` : ''}
          </Box>
        </Badge>
      }
    />
  );
};
