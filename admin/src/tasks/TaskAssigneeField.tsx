// Who the task waits for: the professional who claimed it, else the expected profession or role.
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Task } from '@parcours/rules/contract';

export const TaskAssigneeField = (_props: { label?: string }) => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task) return null;
  const who = task.assignee?.displayName
    ? task.assignee.displayName
    : task.assigneeProfession
      ? translate(`parcours.professions.${task.assigneeProfession}`, { _: task.assigneeProfession })
      : task.assigneeRole
        ? translate(`parcours.roles.${task.assigneeRole}`)
        : '';
  return (
    <Typography component="span" variant="body2">
      {who}
    </Typography>
  );
};
