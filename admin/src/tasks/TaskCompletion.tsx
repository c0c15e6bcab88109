import { useState } from 'react';
import { useCanAccess, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Task, TaskCompletionResult } from '@parcours/rules/contract';
import { TaskAnswers } from './TaskAnswers';
import { TaskCompleteForm } from './TaskCompleteForm';
import { TaskConfirmation } from './TaskConfirmation';

const OpenTask = ({ task, onCompleted }: { task: Task; onCompleted: (r: TaskCompletionResult) => void }) => {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ resource: 'tasks', action: 'complete', record: task });
  if (isPending) return null;
  if (!canAccess) return <Alert severity="info">{translate('parcours.tasks.complete.not_allowed')}</Alert>;
  return <TaskCompleteForm task={task} onCompleted={onCompleted} />;
};

/** The form to complete an open task, or the answers of a closed one (with a confirmation right after completing). */
export const TaskCompletion = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const refresh = useRefresh();
  // Kept here, above the form: the refetched task is no longer open, and the confirmation must outlive the form.
  const [justCompleted, setJustCompleted] = useState<TaskCompletionResult | null>(null);
  if (!task) return null;
  const onCompleted = (result: TaskCompletionResult) => {
    setJustCompleted(result);
    refresh();
  };
  const open = task.status === 'open' && justCompleted === null;
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Stack spacing={2}>
          {justCompleted ? <TaskConfirmation result={justCompleted} /> : null}
          <Typography variant="h6" component="h2">
            {translate(open ? 'parcours.tasks.form' : 'parcours.tasks.answers')}
          </Typography>
          {task.status === 'cancelled' ? (
            <Alert severity="info">{translate('parcours.tasks.complete.not_open')}</Alert>
          ) : null}
          {open ? <OpenTask task={task} onCompleted={onCompleted} /> : <TaskAnswers task={task} />}
        </Stack>
      </CardContent>
    </Card>
  );
};
