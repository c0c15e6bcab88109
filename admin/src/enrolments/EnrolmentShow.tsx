// An enrolment job's progress, polled while it runs, with the patients that could not be enrolled and why.
import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { Button } from '@mui/material';
import { Link, Loading, Title, useGetOne, useGetRecordId, useTranslate } from 'react-admin';
import type { Enrolment } from '@parcours/rules/contract';

const POLL_MS = 1000;
const isActive = (e: Enrolment | undefined) => e?.status === 'queued' || e?.status === 'running';

export const EnrolmentShow = () => {
  const id = useGetRecordId();
  const translate = useTranslate();
  const { data, isPending, error } = useGetOne<Enrolment>(
    'enrolments',
    { id },
    { refetchInterval: (q) => (isActive(q.state.data) ? POLL_MS : false) },
  );
  if (isPending) return <Loading />;
  if (error || !data) return <Alert severity="error">{error instanceof Error ? error.message : ''}</Alert>;
  const progress = data.total ? Math.round((100 * data.scanned) / data.total) : data.status === 'completed' ? 100 : 0;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="parcours.enrolments.title" />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">
            {data.title ?? data.parcoursKey} {data.version ? `(v${data.version})` : ''} —{' '}
            <span data-testid="enrolment-status">{translate(`parcours.enrolments.status.${data.status}`)}</span>
          </Typography>
          <Box>
            <LinearProgress variant="determinate" value={progress} data-testid="enrolment-progress" />
            <Typography variant="caption">{progress} %</Typography>
          </Box>
          <Typography data-testid="enrolment-counts">
            {translate('parcours.enrolments.counts', {
              scanned: data.scanned,
              total: data.total,
              eligible: data.eligible,
              started: data.started,
              already: data.alreadyEnrolled,
              objecting: data.objecting ?? 0,
              failed: data.failed,
            })}
          </Typography>
          {data.started > 0 ? (
            <Box>
              <Button
                component={Link}
                variant="outlined"
                to={`/journeys?filter=${encodeURIComponent(JSON.stringify({ enrolmentId: data.id }))}`}
                data-testid="enrolment-journeys"
              >
                {translate('parcours.enrolments.see_journeys', { smart_count: data.started })}
              </Button>
            </Box>
          ) : null}
          {data.errors.length ? (
            <List dense>
              {data.errors.map((e) => (
                <ListItem key={e.patientId}>
                  <ListItemText primary={e.message} secondary={e.patientId} />
                </ListItem>
              ))}
            </List>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};
