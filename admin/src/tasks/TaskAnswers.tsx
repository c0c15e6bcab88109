import { Labeled, useTranslate } from 'react-admin';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLocalizedText } from '../common/useLocalizedText';
import type { Task } from '@parcours/rules/contract';
import { useAnswerText } from './useAnswerText';

/** Recorded answers, labelled with the task's own form fields. */
export const TaskAnswers = ({ task }: { task: Task }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const answerText = useAnswerText();
  const entries = Object.entries(task.answers ?? {});
  if (entries.length === 0) return <Typography variant="body2">{translate('parcours.tasks.no_answers')}</Typography>;
  return (
    <Stack spacing={1}>
      {entries.map(([id, value]) => {
        const field = task.form.find((f) => f.id === id);
        return (
          <Labeled key={id} label={field ? localize(field.label) : id}>
            <Typography variant="body2">{answerText(field, value)}</Typography>
          </Labeled>
        );
      })}
    </Stack>
  );
};
