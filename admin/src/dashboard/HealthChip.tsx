import { useTranslate } from 'react-admin';
import Chip from '@mui/material/Chip';

// The health endpoint's exact vocabulary is not fixed yet: accept the usual "healthy" words.
const HEALTHY = new Set(['ok', 'up', 'healthy']);

export const HealthChip = ({ value }: { value: string | undefined }) => {
  const translate = useTranslate();
  if (value === undefined) {
    return <Chip size="small" color="error" label={translate('parcours.dashboard.health.unavailable')} />;
  }
  const healthy = HEALTHY.has(value.toLowerCase());
  return (
    <Chip
      size="small"
      color={healthy ? 'success' : 'warning'}
      label={translate(healthy ? 'parcours.dashboard.health.ok' : 'parcours.dashboard.health.degraded')}
    />
  );
};
