// For each published parcours: may this patient be enrolled, and why (the explained eligibility rule).
import { Alert, Chip, List, ListItem, ListItemText } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useLocalizedText } from '../common/useLocalizedText';
import type { Patient } from '@parcours/rules/contract';
import { getEligibility } from './api';

export const PatientEligibility = () => {
  const patient = useRecordContext<Patient>();
  const translate = useTranslate();
  const localize = useLocalizedText();
  const [locale] = useLocaleState();
  const { data, error } = useQuery({
    queryKey: ['patient-eligibility', patient?.id],
    queryFn: () => getEligibility(String(patient?.id)),
    enabled: Boolean(patient),
  });
  if (error) return <Alert severity="warning">{error.message}</Alert>;
  if (!data) return null;
  if (data.length === 0) return <Alert severity="info">{translate('parcours.patients.no_published')}</Alert>;
  const objection = data.find((e) => e.objection);
  return (
    <List dense data-testid="patient-eligibility">
      {objection ? (
        <Alert severity="error" data-testid="eligibility-objection">
          {localize(objection.text)}
        </Alert>
      ) : null}
      {data.map((e) => (
        <ListItem key={e.parcoursKey} alignItems="flex-start">
          <Chip
            size="small"
            sx={{ mr: 1, mt: 0.5 }}
            color={e.eligible ? 'success' : 'default'}
            label={translate(e.eligible ? 'parcours.patients.eligible' : 'parcours.patients.not_eligible')}
          />
          <ListItemText
            primary={`${localize(e.title)} (${e.parcoursKey} v${e.version})`}
            secondary={(locale === 'en' ? e.reasons.en : e.reasons.fr).join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
};
