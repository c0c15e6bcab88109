import RouteIcon from '@mui/icons-material/Route';
import type { Parcours } from '../types';
import { ParcoursList } from './ParcoursList';
import { ParcoursShow } from './ParcoursShow';

export default {
  list: ParcoursList,
  show: ParcoursShow,
  icon: RouteIcon,
  recordRepresentation: (record: Parcours) => `${record.key} v${record.version}`,
};
