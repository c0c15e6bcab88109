// CSV import: check first (dry run) to see the per-row report, then import; nothing is imported if a row is refused.
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import type { ImportReport } from '@parcours/rules/contract';
import { importPatients } from './api';
import { RequireAccess } from '../common/RequireAccess';

const HEADER = 'firstName,lastName,birthDate,sex,conditions,ald,lastDischargeAt,commune,medecinTraitantRpps';

const RowErrors = ({ report }: { report: ImportReport }) =>
  Array.isArray(report.rows) ? (
    <List dense data-testid="import-row-errors">
      {report.rows.map((r) => (
        <ListItem key={r.row}>
          <ListItemText
            primary={`#${r.row}`}
            secondary={r.errors.map((e) => `${e.column} : ${e.message}`).join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  ) : null;

const PatientImportPage = () => {
  const translate = useTranslate();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [result, setResult] = useState<{ ok: boolean; report: ImportReport; dryRun: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    try {
      setResult({ ...(await importPatients(file.text, dryRun)), dryRun });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="parcours.patients.import.title" />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="body2">{translate('parcours.patients.import.help')}</Typography>
          <Box component="code" sx={{ bgcolor: 'action.hover', p: 1 }}>
            {HEADER}
          </Box>
          <Box>
            <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
              {file ? file.name : translate('parcours.patients.import.choose')}
              <input
                hidden
                type="file"
                accept=".csv,text/csv"
                data-testid="import-file"
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  setResult(null);
                  if (f) void f.text().then((text) => setFile({ name: f.name, text }));
                }}
              />
            </Button>
          </Box>
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button disabled={!file} onClick={() => void send(true)} data-testid="import-check">
              {translate('parcours.patients.import.check')}
            </Button>
            <Button variant="contained" disabled={!file} onClick={() => void send(false)} data-testid="import-submit">
              {translate('parcours.patients.import.submit')}
            </Button>
          </Box>
          {error ? <Alert severity="error">{error}</Alert> : null}
          {result ? (
            <Alert severity={result.ok ? 'success' : 'error'} data-testid="import-result">
              {result.ok
                ? translate(result.dryRun ? 'parcours.patients.import.checked' : 'parcours.patients.import.done', {
                    smart_count:
                      result.report.imported ?? (typeof result.report.rows === 'number' ? result.report.rows : 0),
                  })
                : translate('parcours.patients.import.refused')}
            </Alert>
          ) : null}
          {result && !result.ok ? <RowErrors report={result.report} /> : null}
        </Stack>
      </CardContent>
    </Card>
  );
};

export const PatientImport = () => (
  <RequireAccess action="import" resource="patients">
    <PatientImportPage />
  </RequireAccess>
);
