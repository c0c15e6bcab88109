// The events of a journey's history, shared by the journey page and its printable version: when, what, who, the
// explanation of each decision (the default transition reads « sinon »), and every answer of each completed task with
// its form label and unit.
import { Box, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/useIntlLocale';
import { useLocalizedText } from '../common/useLocalizedText';
import { useAnswerText } from '../tasks/useAnswerText';
import type { AnswerValue, FormField, TimelineEvent } from '@parcours/rules/contract';

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
          → {e.text ? localize(e.text) : translate('parcours.timeline.default_transition')}
          {e.result ? ` (${translate('parcours.timeline.taken')})` : ''}
        </Typography>
      ))}
    </Box>
  );
};

const AnswersDetail = ({ event }: { event: TimelineEvent }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const answerText = useAnswerText();
  const answers = (event.detail?.answers ?? {}) as Record<string, AnswerValue>;
  const form = (event.detail?.form ?? []) as FormField[];
  // Form order first, then anything answered outside the form (older histories): nothing recorded is left out.
  const ids = [
    ...form.map((f) => f.id).filter((id) => id in answers),
    ...Object.keys(answers).filter((id) => !form.some((f) => f.id === id)),
  ];
  if (ids.length === 0)
    return (
      <Typography component="span" variant="body2" sx={{ display: 'block', pl: 2 }}>
        {translate('parcours.tasks.no_answers')}
      </Typography>
    );
  return (
    <Box component="span" sx={{ display: 'block', pl: 2 }} data-testid="timeline-answers">
      {ids.map((id) => {
        const field = form.find((f) => f.id === id);
        return (
          <Typography key={id} component="span" variant="body2" sx={{ display: 'block' }} data-testid="timeline-answer">
            {field ? localize(field.label) : id} : <strong>{answerText(field, answers[id]!)}</strong>
          </Typography>
        );
      })}
    </Box>
  );
};

const EventDetail = ({ event }: { event: TimelineEvent }) => {
  if (event.kind === 'decision') return <DecisionDetail event={event} />;
  if (event.kind === 'task-completed') return <AnswersDetail event={event} />;
  return null;
};

export const TimelineEvents = ({ events }: { events: TimelineEvent[] }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const intl = useIntlLocale();
  return (
    <List dense data-testid="journey-timeline">
      {events.map((e, i) => (
        <ListItem key={i} alignItems="flex-start" divider sx={{ breakInside: 'avoid' }}>
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
            secondary={<EventDetail event={e} />}
            slotProps={{ secondary: { component: 'span' } }}
          />
        </ListItem>
      ))}
    </List>
  );
};
