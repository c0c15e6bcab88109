import LockOpenIcon from '@mui/icons-material/LockOpen';
import { BreakGlassList } from './BreakGlassList';

export default { list: BreakGlassList, icon: LockOpenIcon };
