// "Réaffecter": a coordinator hands an open task to another profession or to one named professional.
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { Task } from '@parcours/rules/contract';
import { ReassignTaskDialog } from './ReassignTaskDialog';

export const ReassignTaskButton = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'reassign', record: task });
  if (!task || task.status !== 'open' || !canAccess) return null;
  return (
    // Inside a list row: clicks on the button and in the dialog (a portal, but React bubbles through it) must not
    // open the task.
    <span onClick={(e) => e.stopPropagation()}>
      <Button size="small" startIcon={<SwapHorizIcon />} onClick={() => setOpen(true)} data-testid="reassign-task">
        {translate('parcours.tasks.reassign.open')}
      </Button>
      {open ? <ReassignTaskDialog task={task} onClose={() => setOpen(false)} /> : null}
    </span>
  );
};
