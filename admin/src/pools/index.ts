import GroupsIcon from '@mui/icons-material/Groups';
import { PoolCreate } from './PoolCreate';
import { PoolEdit } from './PoolEdit';
import { PoolList } from './PoolList';
import { PoolShow } from './PoolShow';

export default {
  list: PoolList,
  create: PoolCreate,
  edit: PoolEdit,
  show: PoolShow,
  icon: GroupsIcon,
  recordRepresentation: 'label',
};
