import AssignmentIcon from '@mui/icons-material/Assignment';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import FlagIcon from '@mui/icons-material/Flag';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import NotificationsIcon from '@mui/icons-material/Notifications';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { StepType } from '@parcours/rules';

export const StepTypeIcon = ({ type }: { type: StepType }) => {
  switch (type) {
    case 'task':
      return <AssignmentIcon fontSize="small" color="primary" />;
    case 'wait':
      return <HourglassEmptyIcon fontSize="small" color="action" />;
    case 'decision':
      return <CallSplitIcon fontSize="small" color="secondary" />;
    case 'notify':
      return <NotificationsIcon fontSize="small" color="info" />;
    case 'subparcours':
      return <AccountTreeIcon fontSize="small" color="action" />;
    case 'end':
      return <FlagIcon fontSize="small" color="success" />;
  }
};
