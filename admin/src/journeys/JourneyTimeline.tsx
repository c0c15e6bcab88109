// The journey's story from its Temporal history: each event with when, who, and for decisions why (in French).
import { Alert, Box, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/useIntlLocale';
import { useLocalizedText } from '../common/useLocalizedText';
import type { Journey } from '../types';
import { getHistory, type TimelineEvent } from './api';

const DecisionDetail = ({ event }: { event: TimelineEvent }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const evaluations = event.detail?.evaluations ?? [];
  return (
    <Box component="span" sx={{ display: 'block', pl: 2 }}>
      {evaluations.map((e, i) => (
        <Typography
          key={i}
          component="span"
          variant="body2"
          sx={{ display: 'block', color: e.result ? 'success.main' : 'text.secondary' }}
          data-testid="decision-explanation"
        >
          → {e.to} : {e.text ? localize(e.text) : translate('parcours.timeline.default_transition')}
        </Typography>
      ))}
    </Box>
  );
};

export const JourneyTimeline = () => {
  const journey = useRecordContext<Journey>();
  const translate = useTranslate();
  const localize = useLocalizedText();
  const intl = useIntlLocale();
  const { data, error, isPending } = useQuery({
    queryKey: ['journey-history', journey?.id, journey?.status, journey?.currentStep],
    queryFn: () => getHistory(String(journey?.id)),
    enabled: Boolean(journey),
  });
  if (!journey || isPending) return null;
  if (error) return <Alert severity="warning">{error.message}</Alert>;
  return (
    <List dense data-testid="journey-timeline">
      {data.events.map((e, i) => (
        <ListItem key={i} alignItems="flex-start" divider>
          <ListItemText
            primary={
              <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography component="span" variant="caption" color="text.secondary">
                  {new Date(e.at).toLocaleString(intl)}
                </Typography>
                <Chip size="small" label={translate(`parcours.timeline.kinds.${e.kind}`, { _: e.kind })} />
                <Typography component="span" variant="body2">
                  {localize(e.summary)}
                </Typography>
                {e.actor ? (
                  <Typography component="span" variant="caption">
                    {translate('parcours.timeline.by', { name: e.actor.displayName ?? e.actor.id })}
                  </Typography>
                ) : null}
              </Box>
            }
            secondary={e.kind === 'decision' ? <DecisionDetail event={e} /> : undefined}
          />
        </ListItem>
      ))}
    </List>
  );
};
