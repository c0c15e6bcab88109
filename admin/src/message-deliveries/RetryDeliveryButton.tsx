// Puts a dead letter back in the e-mail queue (attempts reset); shown on dead letters only.
import ReplayIcon from '@mui/icons-material/Replay';
import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ParcoursDataProvider } from '../providers/dataProvider';
import type { Message } from '@parcours/rules/contract';

export const RetryDeliveryButton = (_props: { label?: string; source?: string }) => {
  const message = useRecordContext<Message>();
  const dataProvider = useDataProvider<ParcoursDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'message-deliveries', action: 'retry', record: message });
  const { mutate, isPending } = useMutation({
    mutationFn: (id: string) => dataProvider.retryMessageDelivery(id),
    onSuccess: () => {
      notify('parcours.message_deliveries.retried', { type: 'success' });
      refresh();
    },
    onError: (e) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }),
  });
  if (!message || message.delivery.status !== 'dead' || !canAccess) return null;
  return (
    <Button
      size="small"
      disabled={isPending}
      startIcon={<ReplayIcon />}
      data-testid="retry-delivery"
      onClick={(e) => {
        e.stopPropagation();
        mutate(message.id);
      }}
    >
      {translate('parcours.message_deliveries.retry')}
    </Button>
  );
};
