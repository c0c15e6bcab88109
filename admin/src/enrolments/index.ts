import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { EnrolmentCreate } from './EnrolmentCreate';
import { EnrolmentList } from './EnrolmentList';
import { EnrolmentShow } from './EnrolmentShow';

export default { list: EnrolmentList, create: EnrolmentCreate, show: EnrolmentShow, icon: GroupAddIcon };
