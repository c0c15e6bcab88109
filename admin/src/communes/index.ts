import PlaceIcon from '@mui/icons-material/Place';
import { CommuneCreate } from './CommuneCreate';
import { CommuneEdit } from './CommuneEdit';
import { CommuneList } from './CommuneList';

export default {
  list: CommuneList,
  create: CommuneCreate,
  edit: CommuneEdit,
  icon: PlaceIcon,
  recordRepresentation: 'name',
};
