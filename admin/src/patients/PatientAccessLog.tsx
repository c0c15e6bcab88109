// « Relevé des accès »: the right-of-access report an auditor prints for a patient (who read or changed their data,
// and when), laid out for paper: a header naming the CPTS, the patient and the day of edition, then one row per access.
// Printed (or saved as PDF) by the browser's own window.print(); the buttons do not print.
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { RequireAccess } from '../common/RequireAccess';
import { toDayFirst } from '../common/dayFirstDate';
import { useIntlLocale } from '../common/useIntlLocale';
import { getAccessLog } from './api';

const screenOnly = { '@media print': { display: 'none' } } as const;
// Paper: no shadows or colours, rows kept whole across pages, the header row repeated on each page.
const printTable = {
  '@media print': {
    '& thead': { display: 'table-header-group' },
    '& tr': { breakInside: 'avoid' },
    '& td, & th': { fontSize: '9pt', padding: '2px 6px', color: 'black' },
  },
} as const;

const AccessLogReport = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const intl = useIntlLocale();
  const [locale] = useLocaleState();
  const report = useQuery({ queryKey: ['access-log', id], queryFn: () => getAccessLog(id) });
  if (report.error) return <Alert severity="error">{report.error.message}</Alert>;
  if (!report.data) return null;
  const { patient, entries } = report.data;
  const at = (iso: string) =>
    new Date(iso).toLocaleString(intl, { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium' });
  return (
    <Box sx={{ p: 4, maxWidth: 1000, mx: 'auto', bgcolor: 'background.paper' }} data-testid="access-log">
      <Box sx={{ display: 'flex', gap: 1, mb: 2, ...screenOnly }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-now">
          {translate('parcours.patients.access_log.print')}
        </Button>
        <Button component={Link} to={`/patients/${encodeURIComponent(id)}/show`}>
          {translate('parcours.patients.access_log.back')}
        </Button>
      </Box>
      <Typography variant="overline" component="p" data-testid="access-log-cpts">
        {report.data.cpts}
      </Typography>
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('parcours.patients.access_log.title')}
      </Typography>
      <Typography variant="body1" data-testid="access-log-patient">
        {translate('parcours.patients.access_log.patient', {
          name: `${patient.lastName.toUpperCase()} ${patient.firstName}`,
          birth: toDayFirst(patient.birthDate),
        })}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate('parcours.patients.access_log.edited', { date: at(report.data.editedAt) })}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('parcours.patients.access_log.explain')}
      </Typography>
      {report.data.truncated ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('parcours.patients.access_log.truncated', { smart_count: entries.length })}
        </Alert>
      ) : null}
      {entries.length ? (
        <Table size="small" sx={printTable} data-testid="access-log-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('parcours.patients.access_log.at')}</TableCell>
              <TableCell>{translate('parcours.patients.access_log.who')}</TableCell>
              <TableCell>{translate('parcours.patients.access_log.role')}</TableCell>
              <TableCell>{translate('parcours.patients.access_log.action')}</TableCell>
              <TableCell>{translate('parcours.patients.access_log.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((e) => (
              <TableRow key={e.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{at(e.at)}</TableCell>
                <TableCell>{e.actor?.displayName ?? translate('parcours.patients.access_log.system')}</TableCell>
                <TableCell>
                  {e.actorRole ? translate(`parcours.roles.${e.actorRole}`, { _: e.actorRole }) : '—'}
                  {e.actor?.profession
                    ? ` (${translate(`parcours.professions.${e.actor.profession}`, { _: e.actor.profession })})`
                    : ''}
                </TableCell>
                <TableCell>{locale === 'en' ? e.label.en : e.label.fr}</TableCell>
                <TableCell>{e.reason ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2">{translate('parcours.patients.access_log.empty')}</Typography>
      )}
    </Box>
  );
};

export const PatientAccessLog = () => (
  <RequireAccess resource="patients" action="access-log">
    <AccessLogReport />
  </RequireAccess>
);
