import TimelineIcon from '@mui/icons-material/Timeline';
import type { Journey } from '../types';
import { JourneyList } from './JourneyList';
import { JourneyShow } from './JourneyShow';

export default {
  list: JourneyList,
  show: JourneyShow,
  icon: TimelineIcon,
  recordRepresentation: (record: Journey) => `${record.parcoursKey} v${record.version}`,
};
