import { useState } from 'react';
import { Form, HttpError, SaveButton, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ParcoursDataProvider } from '../providers/dataProvider';
import type { Answers, Task, TaskCompletionResult } from '@parcours/rules/contract';
import { answerErrorsFromProblem, toAnswers, toFormValues } from './answers';
import { TaskFormFieldInput } from './TaskFormFieldInput';

const errorMessage = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

// A 4xx is a definitive answer (the answers were refused): the next submission is a new attempt with a new key.
// Network errors and 5xx leave the outcome unknown, so the retry keeps the key and the API can deduplicate it.
const isDefinitiveRefusal = (error: unknown): boolean =>
  error instanceof HttpError && error.status >= 400 && error.status < 500;

interface TaskCompleteFormProps {
  task: Task;
  onCompleted: (result: TaskCompletionResult) => void;
}

export const TaskCompleteForm = ({ task, onCompleted }: TaskCompleteFormProps) => {
  const dataProvider = useDataProvider<ParcoursDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const { mutateAsync } = useMutation({
    mutationFn: (answers: Answers) => dataProvider.completeTask(task.id, answers, idempotencyKey),
  });

  const submit = async (values: Record<string, unknown>) => {
    let result: TaskCompletionResult;
    try {
      result = (await mutateAsync(toAnswers(task.form, values))).data;
    } catch (error) {
      if (isDefinitiveRefusal(error)) setIdempotencyKey(crypto.randomUUID());
      notify(errorMessage(error), { type: 'error' });
      return error instanceof HttpError ? answerErrorsFromProblem(error.body) : undefined;
    }
    notify('parcours.tasks.complete.success', { type: 'success' });
    onCompleted(result);
    return undefined;
  };

  return (
    <Form record={toFormValues(task.form, task.answers)} onSubmit={submit} noValidate>
      <Stack spacing={1}>
        {task.form.length === 0 ? (
          <Typography variant="body2">{translate('parcours.tasks.complete.no_fields')}</Typography>
        ) : (
          task.form.map((field) => <TaskFormFieldInput key={field.id} field={field} />)
        )}
        <div>
          <SaveButton label="parcours.tasks.complete.submit" alwaysEnable />
        </div>
      </Stack>
    </Form>
  );
};
