import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import { MessageDeliveryList } from './MessageDeliveryList';

export default { list: MessageDeliveryList, icon: ForwardToInboxIcon };
