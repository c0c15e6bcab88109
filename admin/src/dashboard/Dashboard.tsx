import { lazy, Suspense } from 'react';
import { Title, useCanAccess, useGetIdentity, useTranslate } from 'react-admin';
import AssignmentIcon from '@mui/icons-material/Assignment';
import PeopleIcon from '@mui/icons-material/People';
import RouteIcon from '@mui/icons-material/Route';
import TimelineIcon from '@mui/icons-material/Timeline';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CountCard } from './CountCard';
import { HealthCard } from './HealthCard';

const IndicatorCharts = lazy(() => import('./IndicatorCharts'));

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { canAccess: canReadIndicators } = useCanAccess({ resource: 'indicators', action: 'list' });
  return (
    <Stack spacing={3} sx={{ mt: 2 }}>
      <Title title="parcours.dashboard.title" />
      <div>
        <Typography variant="h5" component="h1">
          {translate('parcours.dashboard.welcome', { name: identity?.fullName ?? '' })}
        </Typography>
        <Typography variant="body1" color="text.secondary">
          {translate('parcours.dashboard.intro')}
        </Typography>
      </div>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
        <CountCard
          resource="tasks"
          filter={{ status: 'open' }}
          label="parcours.dashboard.counts.tasks_open"
          icon={<AssignmentIcon color="primary" fontSize="large" />}
        />
        <CountCard
          resource="journeys"
          filter={{ status: 'running' }}
          label="parcours.dashboard.counts.journeys_running"
          icon={<TimelineIcon color="primary" fontSize="large" />}
        />
        <CountCard
          resource="patients"
          label="parcours.dashboard.counts.patients"
          icon={<PeopleIcon color="primary" fontSize="large" />}
        />
        <CountCard
          resource="parcours"
          filter={{ status: 'published' }}
          label="parcours.dashboard.counts.parcours_published"
          icon={<RouteIcon color="primary" fontSize="large" />}
        />
      </Stack>
      {canReadIndicators ? (
        <Suspense fallback={null}>
          <IndicatorCharts />
        </Suspense>
      ) : null}
      <HealthCard />
    </Stack>
  );
};
