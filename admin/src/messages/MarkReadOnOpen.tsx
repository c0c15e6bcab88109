// Opening a message marks it read for the caller, then refreshes the menu badge.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { ParcoursDataProvider } from '../providers/dataProvider';
import type { Message } from '@parcours/rules/contract';
import { UNREAD_MESSAGES_KEY } from './useUnreadMessageCount';

export const MarkReadOnOpen = () => {
  const message = useRecordContext<Message>();
  const dataProvider = useDataProvider<ParcoursDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { mutate } = useMutation({
    mutationFn: (id: string) => dataProvider.markMessageRead(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: UNREAD_MESSAGES_KEY }),
    onError: (e) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }),
  });
  const id = message && !message.read ? message.id : undefined;
  // Once per message, however often the page renders it (the API is idempotent, this only saves requests).
  const marked = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!id || marked.current === id) return;
    marked.current = id;
    mutate(id);
  }, [id, mutate]);
  return null;
};
