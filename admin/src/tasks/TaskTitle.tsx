import { useRecordContext } from 'react-admin';
import { useLocalizedText } from '../common/useLocalizedText';
import type { Task } from '../types';

export const TaskTitle = () => {
  const task = useRecordContext<Task>();
  const localize = useLocalizedText();
  return <>{task ? localize(task.title) : ''}</>;
};
