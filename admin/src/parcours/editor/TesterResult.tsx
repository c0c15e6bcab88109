// What the simulator found: the path step by step with dates, each decision explained in plain language.
import { Alert, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import type { SimulationResult } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { useIntlLocale } from '../../common/useIntlLocale';
import { useLocalizedText } from '../../common/useLocalizedText';

export const TesterResult = ({ result }: { result: SimulationResult }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const intl = useIntlLocale();
  const severity = result.status === 'ended' ? 'success' : result.status === 'waiting' ? 'info' : 'warning';
  return (
    <Stack spacing={1} data-testid="tester-result">
      <Alert severity={severity} data-testid="tester-status">
        {translate(`parcours.tester.status.${result.status}`, { outcome: result.outcome ?? '' })}
        {result.waitingAt ? ` — ${result.waitingAt.stepId} : ${localize(result.waitingAt.reason)}` : ''}
      </Alert>
      {result.eligibility ? (
        <Typography variant="body2" data-testid="tester-eligibility">
          {translate('parcours.tester.eligibility')} : {localize(result.eligibility.text)}
        </Typography>
      ) : null}
      {result.errors?.map((e, i) => (
        <Alert key={i} severity="error" variant="outlined">
          {localize(e.message)}
        </Alert>
      ))}
      <List dense data-testid="tester-path">
        {result.steps.map((s, i) => {
          const decision = result.decisions.find((d) => d.stepId === s.id && d.at >= s.at);
          return (
            <ListItem key={`${s.id}-${i}`} alignItems="flex-start">
              <ListItemText
                primary={`${i + 1}. ${localize(s.title) || s.id} — ${translate(`parcours.editor.step_types.${s.type}`)}`}
                secondary={
                  <>
                    {new Date(s.at).toLocaleDateString(intl)}
                    {decision
                      ? decision.evaluations.map((e) => (
                          <Typography
                            key={e.index}
                            component="span"
                            variant="body2"
                            sx={{ display: 'block' }}
                            data-testid="tester-explanation"
                          >
                            → {e.to} : {e.text ? localize(e.text) : translate('parcours.tester.default_taken')}
                          </Typography>
                        ))
                      : null}
                  </>
                }
              />
            </ListItem>
          );
        })}
      </List>
    </Stack>
  );
};
