// Claim an open task ("je m'en occupe") so colleagues of the same profession see it is taken, or give it back.
import PanToolIcon from '@mui/icons-material/PanTool';
import UndoIcon from '@mui/icons-material/Undo';
import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import {
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ParcoursDataProvider } from '../providers/dataProvider';
import type { Task } from '@parcours/rules/contract';

export const TaskClaimButton = () => {
  const task = useRecordContext<Task>();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<ParcoursDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutate, isPending } = useMutation({
    mutationFn: (action: 'claim' | 'unclaim') => dataProvider.claimTask(task?.id ?? '', action),
    onSuccess: (_d, action) => {
      notify(`parcours.tasks.${action}ed`, { type: 'success' });
      refresh();
    },
    onError: (e) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }),
  });
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'claim', record: task });
  if (!task || task.status !== 'open' || !canAccess) return null;
  const mine = task.claimedAt && task.assigneeUserId === identity?.id;
  if (task.claimedAt && !mine) return null;
  return (
    <Button
      size="small"
      disabled={isPending}
      startIcon={mine ? <UndoIcon /> : <PanToolIcon />}
      data-testid={mine ? 'unclaim-task' : 'claim-task'}
      onClick={(e) => {
        // Inside a list row: do not open the task.
        e.stopPropagation();
        mutate(mine ? 'unclaim' : 'claim');
      }}
    >
      {translate(mine ? 'parcours.tasks.unclaim' : 'parcours.tasks.claim')}
    </Button>
  );
};
