// The unread count of the menu badge: polled every 30 s, and refetched at once when a message is opened.
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ParcoursDataProvider } from '../providers/dataProvider';

export const UNREAD_MESSAGES_KEY = ['messages', 'unread-count'] as const;

export const useUnreadMessageCount = (): number => {
  const dataProvider = useDataProvider<ParcoursDataProvider>();
  const { data } = useQuery({
    queryKey: UNREAD_MESSAGES_KEY,
    queryFn: () => dataProvider.getUnreadMessageCount(),
    refetchInterval: 30_000,
  });
  return data ?? 0;
};
