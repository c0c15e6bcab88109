// « Inclure dans un parcours »: for one patient, the parcours they may join (with why) and those they may not (with
// why not), one click to start a journey, then a link to it.
import AddTaskIcon from '@mui/icons-material/AddTask';
import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useCanAccess, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/useLocalizedText';
import type { Eligibility, Patient, StartedJourney } from '@parcours/rules/contract';
import { getEligibility, startJourney } from './api';

const Verdict = ({ verdict, onEnrol, busy }: { verdict: Eligibility; onEnrol?: () => void; busy: boolean }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const [locale] = useLocaleState();
  const reasons = locale === 'en' ? verdict.reasons.en : verdict.reasons.fr;
  return (
    <ListItem
      divider
      alignItems="flex-start"
      data-testid={`enrol-${verdict.parcoursKey}`}
      secondaryAction={
        verdict.runningJourneyId ? (
          <Button component={Link} to={`/journeys/${verdict.runningJourneyId}/show`} size="small">
            {translate('parcours.patients.enrol.open_running')}
          </Button>
        ) : onEnrol ? (
          <Button variant="contained" size="small" disabled={busy} onClick={onEnrol}>
            {translate('parcours.patients.enrol.start')}
          </Button>
        ) : null
      }
    >
      <ListItemText
        sx={{ pr: 16 }}
        primary={`${localize(verdict.title)} (v${verdict.version})`}
        secondary={
          <>
            {reasons.map((r, i) => (
              <Typography key={i} component="span" variant="body2" sx={{ display: 'block' }}>
                {verdict.eligible ? '✓ ' : '✗ '}
                {r}
              </Typography>
            ))}
          </>
        }
        slotProps={{ secondary: { component: 'span' } }}
      />
    </ListItem>
  );
};

export const EnrolPatientButton = () => {
  const patient = useRecordContext<Patient>();
  const translate = useTranslate();
  const localize = useLocalizedText();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<StartedJourney | null>(null);
  const { canAccess } = useCanAccess({ resource: 'journeys', action: 'create' });
  const eligibility = useQuery({
    queryKey: ['patient-eligibility', patient?.id],
    queryFn: () => getEligibility(String(patient?.id)),
    enabled: Boolean(patient) && open,
  });
  const enrol = useMutation({
    mutationFn: (key: string) => startJourney(String(patient?.id), key),
    onSuccess: (journey) => {
      setStarted(journey);
      notify('parcours.patients.enrol.started', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: ['patient-eligibility', patient?.id] });
      refresh();
    },
    onError: (e) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }),
  });
  if (!patient || !canAccess) return null;
  const data = eligibility.data ?? [];
  const eligible = data.filter((v) => v.eligible);
  // An objecting patient is refused by every parcours for the same reason: said once, above the lists.
  const objection = data.find((v) => v.objection);
  const ineligible = data.filter((v) => !v.eligible);
  const close = () => {
    setOpen(false);
    setStarted(null);
  };
  return (
    <>
      <Button startIcon={<AddTaskIcon />} onClick={() => setOpen(true)} data-testid="enrol-patient">
        {translate('parcours.patients.enrol.button')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="md">
        <DialogTitle>{translate('parcours.patients.enrol.title')}</DialogTitle>
        <DialogContent>
          {started ? (
            <Alert
              severity="success"
              data-testid="enrol-started"
              action={
                <Button component={Link} to={`/journeys/${started.id}/show`} color="inherit" size="small">
                  {translate('parcours.patients.enrol.open_journey')}
                </Button>
              }
            >
              {translate('parcours.patients.enrol.started')}
            </Alert>
          ) : null}
          {eligibility.error ? <Alert severity="warning">{eligibility.error.message}</Alert> : null}
          {objection ? (
            <Alert severity="error" data-testid="enrol-objection">
              {localize(objection.text)}
            </Alert>
          ) : null}
          <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
            {translate('parcours.patients.enrol.eligible', { smart_count: eligible.length })}
          </Typography>
          {eligibility.isSuccess && eligible.length === 0 ? (
            <Typography variant="body2">{translate('parcours.patients.enrol.none_eligible')}</Typography>
          ) : null}
          <List dense data-testid="enrol-eligible">
            {eligible.map((v) => (
              <Verdict
                key={v.parcoursKey}
                verdict={v}
                busy={enrol.isPending}
                onEnrol={() => enrol.mutate(v.parcoursKey)}
              />
            ))}
          </List>
          <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
            {translate('parcours.patients.enrol.ineligible', { smart_count: ineligible.length })}
          </Typography>
          <List dense data-testid="enrol-ineligible">
            {ineligible.map((v) => (
              <Verdict key={v.parcoursKey} verdict={v} busy={enrol.isPending} />
            ))}
          </List>
          {eligibility.isSuccess && data.length === 0 ? (
            <Chip label={translate('parcours.patients.no_published')} />
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
