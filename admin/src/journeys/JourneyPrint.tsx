// The readable export of a journey for people (patient file, audit, a colleague without access): the journey's facts,
// how to read the history, then every event with its explanations and answers, styled for paper and printed (or saved
// as PDF) by the browser's own window.print(). The raw Temporal JSON stays beside it for machines.
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useAuthenticated, useGetIdentity, useGetOne, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { useIntlLocale } from '../common/useIntlLocale';
import { useLocalizedText } from '../common/useLocalizedText';
import type { Journey } from '@parcours/rules/contract';
import { getHistory } from './api';
import { TimelineEvents } from './TimelineEvents';

const screenOnly = { '@media print': { display: 'none' } } as const;

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <TableRow>
    <TableCell component="th" sx={{ fontWeight: 'bold', width: '30%' }}>
      {label}
    </TableCell>
    <TableCell>{children}</TableCell>
  </TableRow>
);

export const JourneyPrint = () => {
  useAuthenticated();
  const { id = '' } = useParams();
  const translate = useTranslate();
  const localize = useLocalizedText();
  const intl = useIntlLocale();
  const { identity } = useGetIdentity();
  const journey = useGetOne<Journey>('journeys', { id });
  const history = useQuery({ queryKey: ['journey-history', id, 'print'], queryFn: () => getHistory(id) });
  const error = journey.error ?? history.error;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!journey.data || !history.data) return null;
  const j = journey.data;
  const date = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(intl) : translate('parcours.common.not_set');
  return (
    <Box sx={{ p: 4, maxWidth: 900, mx: 'auto', bgcolor: 'background.paper' }} data-testid="journey-print">
      <Box sx={{ display: 'flex', gap: 1, mb: 2, ...screenOnly }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-now">
          {translate('parcours.print.print')}
        </Button>
        <Button component={Link} to={`/journeys/${encodeURIComponent(id)}/show`}>
          {translate('parcours.print.back')}
        </Button>
      </Box>
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('parcours.print.title', { parcours: localize(j.parcoursTitle) || j.parcoursKey })}
      </Typography>
      <Table size="small" sx={{ mb: 3 }}>
        <TableBody>
          <Row label={translate('resources.journeys.fields.patientId')}>{j.patientName}</Row>
          <Row label={translate('resources.journeys.fields.version')}>
            {`${localize(j.parcoursTitle) || j.parcoursKey} (${j.parcoursKey}, version ${j.version})`}
          </Row>
          <Row label={translate('resources.journeys.fields.status')}>
            {translate(`parcours.status.journey.${j.status}`)}
          </Row>
          <Row label={translate('resources.journeys.fields.currentStep')}>
            {localize(j.currentStepTitle) || translate('parcours.common.not_set')}
          </Row>
          <Row label={translate('resources.journeys.fields.outcome')}>
            {localize(j.outcomeLabel) || translate('parcours.common.not_set')}
          </Row>
          <Row label={translate('resources.journeys.fields.startedAt')}>{date(j.startedAt)}</Row>
          <Row label={translate('resources.journeys.fields.endedAt')}>{date(j.endedAt)}</Row>
        </TableBody>
      </Table>
      <Typography variant="h6" component="h2">
        {translate('parcours.print.how_to_read')}
      </Typography>
      <Box component="ul" sx={{ mt: 0, typography: 'body2' }} data-testid="print-explanations">
        <li>{translate('parcours.print.explain_events')}</li>
        <li>{translate('parcours.print.explain_answers')}</li>
        <li>{translate('parcours.print.explain_decisions')}</li>
        <li>{translate('parcours.print.explain_source')}</li>
      </Box>
      <Typography variant="h6" component="h2">
        {translate('parcours.timeline.title')}
      </Typography>
      <TimelineEvents events={history.data.events} />
      <Typography variant="caption" component="p" sx={{ mt: 2 }}>
        {translate('parcours.print.generated', {
          date: new Date().toLocaleString(intl),
          name: identity?.fullName ?? '',
        })}
      </Typography>
    </Box>
  );
};
