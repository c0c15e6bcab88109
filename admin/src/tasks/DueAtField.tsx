import type { FieldProps } from 'react-admin';
import { useRecordContext, useTranslate } from 'react-admin';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Task } from '@parcours/rules/contract';
import { isOverdue } from './isOverdue';
import { LocaleDateField } from '../common/LocaleDateField';

export const DueAtField = ({ source }: FieldProps<Task>) => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task) return null;
  if (!task.dueAt) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('parcours.tasks.no_due_date')}
      </Typography>
    );
  }
  const overdue = isOverdue(task);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <LocaleDateField source={source} showTime sx={overdue ? { color: 'error.main', fontWeight: 600 } : undefined} />
      {overdue ? <Chip size="small" color="error" label={translate('parcours.tasks.overdue')} /> : null}
    </Stack>
  );
};
