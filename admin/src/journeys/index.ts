import TimelineIcon from '@mui/icons-material/Timeline';
import type { Journey } from '@parcours/rules/contract';
import { JourneyList } from './JourneyList';
import { JourneyShow } from './JourneyShow';

export default {
  list: JourneyList,
  show: JourneyShow,
  icon: TimelineIcon,
  // The parcours' title (French: record representations are plain strings, outside React's hooks), not its key.
  recordRepresentation: (record: Journey) => `${record.parcoursTitle?.fr ?? record.parcoursKey} (v${record.version})`,
};
