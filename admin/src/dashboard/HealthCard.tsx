import { useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ParcoursDataProvider } from '../providers/dataProvider';
import { HealthChip } from './HealthChip';

export const HealthCard = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ParcoursDataProvider>();
  const { data, isError } = useQuery({
    queryKey: ['health'],
    queryFn: () => dataProvider.getHealth(),
    refetchInterval: 60_000,
    retry: false,
  });
  const health = isError ? undefined : data;
  return (
    <Card>
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2">
            {translate('parcours.dashboard.health.title')}
          </Typography>
          <HealthChip value={health?.status} />
        </Stack>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography variant="body2">{translate('parcours.dashboard.health.database')}</Typography>
          <HealthChip value={health?.database} />
          <Typography variant="body2" sx={{ pl: 2 }}>
            {translate('parcours.dashboard.health.temporal')}
          </Typography>
          <HealthChip value={health?.temporal} />
        </Stack>
      </CardContent>
    </Card>
  );
};
