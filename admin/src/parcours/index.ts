import RouteIcon from '@mui/icons-material/Route';
import type { Parcours } from '@parcours/rules/contract';
import { ParcoursCreate } from './ParcoursCreate';
import { ParcoursEdit } from './ParcoursEdit';
import { ParcoursList } from './ParcoursList';
import { ParcoursShow } from './ParcoursShow';

export default {
  list: ParcoursList,
  create: ParcoursCreate,
  edit: ParcoursEdit,
  show: ParcoursShow,
  icon: RouteIcon,
  recordRepresentation: (record: Parcours) => (record.version ? `${record.key} v${record.version}` : record.key),
};
