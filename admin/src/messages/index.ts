import MailIcon from '@mui/icons-material/Mail';
import type { Message } from '@parcours/rules/contract';
import { MessageList } from './MessageList';
import { MessageShow } from './MessageShow';

export default {
  list: MessageList,
  show: MessageShow,
  icon: MailIcon,
  recordRepresentation: (record: Message) => record.text.fr.slice(0, 60),
};
