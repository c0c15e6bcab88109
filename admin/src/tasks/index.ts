import AssignmentIcon from '@mui/icons-material/Assignment';
import type { Task } from '@parcours/rules/contract';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

export default {
  list: TaskList,
  show: TaskShow,
  icon: AssignmentIcon,
  recordRepresentation: (record: Task) => record.title.fr,
};
