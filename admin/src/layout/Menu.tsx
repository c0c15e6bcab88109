import { Menu as RaMenu, useTranslate } from 'react-admin';
import { BreakGlassMenuItem } from '../break-glass/BreakGlassMenuItem';
import { MessagesMenuItem } from '../messages/MessagesMenuItem';

// Each item hides itself when canAccess refuses `list` on its resource.
export const Menu = () => {
  const translate = useTranslate();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.ResourceItem name="tasks" primaryText={translate('parcours.tasks.menu')} />
      <MessagesMenuItem />
      <RaMenu.ResourceItem name="journeys" />
      <RaMenu.ResourceItem name="patients" />
      <BreakGlassMenuItem />
      <RaMenu.ResourceItem name="parcours" />
      <RaMenu.ResourceItem name="enrolments" />
      <RaMenu.ResourceItem name="message-deliveries" />
      <RaMenu.ResourceItem name="audit" />
      <RaMenu.ResourceItem name="break-glass" />
      <RaMenu.ResourceItem name="users" />
      <RaMenu.ResourceItem name="pools" />
      <RaMenu.ResourceItem name="communes" />
    </RaMenu>
  );
};
