// Enrol a cohort: pick a published parcours and a filter, see how many patients match and are eligible, then start.
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useGetList, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/useLocalizedText';
import type { Parcours, PatientFilter } from '@parcours/rules/contract';
import { cleanFilter, previewEnrolment, startEnrolment } from './api';
import { EnrolmentFilterFields } from './EnrolmentFilterFields';
import { RequireAccess } from '../common/RequireAccess';

const EnrolmentCreatePage = () => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const notify = useNotify();
  const redirect = useRedirect();
  const [parcoursKey, setParcoursKey] = useState('');
  const [filter, setFilter] = useState<PatientFilter>({});
  const { data: published = [] } = useGetList<Parcours>('parcours', {
    filter: { status: 'published' },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'key', order: 'ASC' },
  });
  const request = () => ({ parcoursKey, filter: cleanFilter(filter) });
  const preview = useMutation({ mutationFn: () => previewEnrolment(request()) });
  const start = useMutation({
    mutationFn: () => startEnrolment(request()),
    onSuccess: ({ id }) => redirect('show', 'enrolments', id),
    onError: (e) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }),
  });
  const change = (f: () => void) => {
    f();
    // A count computed for other criteria must not be mistaken for this one.
    preview.reset();
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="parcours.enrolments.title" />
      <CardContent>
        <Stack spacing={2}>
          <TextField
            select
            label={translate('resources.journeys.fields.parcoursKey')}
            value={parcoursKey}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'enrol-parcours' } as object } }}
            onChange={(e) => change(() => setParcoursKey(e.target.value))}
          >
            {published.map((p) => (
              <MenuItem key={p.id} value={p.key}>
                {localize(p.title)} ({p.key} v{p.version})
              </MenuItem>
            ))}
          </TextField>
          <Typography variant="subtitle1">{translate('parcours.enrolments.filter')}</Typography>
          <EnrolmentFilterFields value={filter} onChange={(f) => change(() => setFilter(f))} />
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button
              variant="outlined"
              disabled={!parcoursKey || preview.isPending}
              onClick={() => preview.mutate()}
              data-testid="enrol-preview"
            >
              {translate('parcours.enrolments.preview')}
            </Button>
            <Button
              variant="contained"
              disabled={!preview.data || preview.data.eligible === 0 || start.isPending}
              onClick={() => start.mutate()}
              data-testid="enrol-start"
            >
              {translate('parcours.enrolments.start', { smart_count: preview.data?.eligible ?? 0 })}
            </Button>
          </Box>
          {preview.data ? (
            <Alert severity={preview.data.eligible ? 'info' : 'warning'} data-testid="enrol-count">
              {translate('parcours.enrolments.preview_matching', { smart_count: preview.data.matching })}{' '}
              {translate('parcours.enrolments.preview_eligible', { smart_count: preview.data.eligible })}
            </Alert>
          ) : null}
          {preview.data?.objecting ? (
            <Box data-testid="enrol-objectors">
              <Alert severity="warning">
                {translate('parcours.enrolments.preview_objecting', { smart_count: preview.data.objecting })}
              </Alert>
              <List dense>
                {preview.data.objectors.map((o) => (
                  <ListItem key={o.patientId}>
                    <ListItemText
                      primary={`${o.lastName.toUpperCase()} ${o.firstName}`}
                      secondary={localize(o.reason)}
                    />
                  </ListItem>
                ))}
              </List>
            </Box>
          ) : null}
          {preview.data?.ineligibleBy.length ? (
            <Box data-testid="enrol-ineligible-by">
              <Typography variant="subtitle2">{translate('parcours.enrolments.ineligible_by')}</Typography>
              <List dense>
                {preview.data.ineligibleBy.map((reason, i) => (
                  <ListItem key={i}>
                    <ListItemText
                      primary={localize(reason.condition)}
                      secondary={translate('parcours.enrolments.failing_count', { smart_count: reason.count })}
                    />
                  </ListItem>
                ))}
              </List>
            </Box>
          ) : null}
          {preview.error ? <Alert severity="error">{preview.error.message}</Alert> : null}
        </Stack>
      </CardContent>
    </Card>
  );
};

export const EnrolmentCreate = () => (
  <RequireAccess action="create" resource="enrolments">
    <EnrolmentCreatePage />
  </RequireAccess>
);
