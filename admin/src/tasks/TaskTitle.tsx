import { useRecordContext } from 'react-admin';
import { useLocalizedText } from '../common/useLocalizedText';
import type { Task } from '@parcours/rules/contract';

export const TaskTitle = () => {
  const task = useRecordContext<Task>();
  const localize = useLocalizedText();
  return <>{task ? localize(task.title) : ''}</>;
};
