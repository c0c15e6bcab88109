// The indicators of the API as charts: journeys by parcours and status, positive screens per month, open/overdue tasks.
// Lazy-loaded (recharts is heavy) and shown only to the roles the API gives indicators to.
import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';

interface Indicators {
  journeysByParcoursAndStatus: { parcoursKey: string; status: string; count: number }[];
  overdueTasks: number;
  openTasks: number;
  positiveScreens: { month: string; count: number }[];
  patients70WithoutMedecinTraitant: number;
  patients: number;
}

const STATUSES = ['running', 'completed', 'cancelled', 'failed'] as const;
const COLORS: Record<(typeof STATUSES)[number], string> = {
  running: '#1976d2',
  completed: '#2e7d32',
  cancelled: '#9e9e9e',
  failed: '#d32f2f',
};

/** One row per parcours with a column per status, as a stacked bar chart wants it. */
export const byParcours = (rows: Indicators['journeysByParcoursAndStatus']) => {
  const map = new Map<string, Record<string, number | string>>();
  for (const r of rows) {
    const row = map.get(r.parcoursKey) ?? { parcoursKey: r.parcoursKey };
    row[r.status] = r.count;
    map.set(r.parcoursKey, row);
  }
  return [...map.values()];
};

const ChartCard = ({ title, children }: { title: string; children: React.ReactElement }) => (
  <Card sx={{ flex: '1 1 420px' }}>
    <CardContent>
      <Typography variant="h6" gutterBottom>
        {title}
      </Typography>
      <ResponsiveContainer width="100%" height={260}>
        {children}
      </ResponsiveContainer>
    </CardContent>
  </Card>
);

const IndicatorCharts = () => {
  const translate = useTranslate();
  const { data, error } = useQuery({
    queryKey: ['indicators'],
    queryFn: async () => (await httpClient(`${API_URL}/indicators`)).json as Indicators,
  });
  if (error) return <Alert severity="warning">{error.message}</Alert>;
  if (!data) return null;
  const tasks = [
    { name: translate('parcours.dashboard.charts.open_tasks'), count: data.openTasks },
    { name: translate('parcours.dashboard.charts.overdue_tasks'), count: data.overdueTasks },
  ];
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }} data-testid="indicator-charts">
      <ChartCard title={translate('parcours.dashboard.charts.journeys')}>
        <BarChart data={byParcours(data.journeysByParcoursAndStatus)}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="parcoursKey" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {STATUSES.map((s) => (
            <Bar key={s} dataKey={s} stackId="a" fill={COLORS[s]} name={translate(`parcours.status.journey.${s}`)} />
          ))}
        </BarChart>
      </ChartCard>
      <ChartCard title={translate('parcours.dashboard.charts.positive_screens')}>
        <LineChart data={data.positiveScreens}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Line
            type="monotone"
            dataKey="count"
            stroke="#1976d2"
            name={translate('parcours.dashboard.charts.screens')}
          />
        </LineChart>
      </ChartCard>
      <ChartCard title={translate('parcours.dashboard.charts.tasks')}>
        <BarChart data={tasks}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="count" fill="#ed6c02" name={translate('parcours.dashboard.charts.count')} />
        </BarChart>
      </ChartCard>
      <Card sx={{ flex: '1 1 260px' }}>
        <CardContent>
          <Typography variant="h6">{translate('parcours.dashboard.charts.without_gp')}</Typography>
          <Typography variant="h3">{data.patients70WithoutMedecinTraitant}</Typography>
          <Typography color="text.secondary">
            {translate('parcours.dashboard.charts.of_patients', { smart_count: data.patients })}
          </Typography>
        </CardContent>
      </Card>
    </Stack>
  );
};

export default IndicatorCharts;
