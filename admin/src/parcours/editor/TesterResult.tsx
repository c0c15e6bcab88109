// What the simulator found: the path step by step with dates, each decision explained in plain language.
import { Alert, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import type { SimulatedAssignment, SimulationResult } from '@parcours/rules';
import { useTranslate } from 'react-admin';
import { useIntlLocale } from '../../common/useIntlLocale';
import { useLocalizedText } from '../../common/useLocalizedText';
import { usePools } from '../../common/usePools';

/** Who a simulated task goes to, named as the back office names them (the care-team member by the name typed). */
const useTargetName = (result: SimulationResult): ((a: SimulatedAssignment) => string) => {
  const translate = useTranslate();
  const pools = usePools(result.steps.some((s) => s.assignment && 'pool' in s.assignment.target));
  return ({ target }) => {
    if ('userId' in target) return target.userId;
    if ('pool' in target) return pools.find((p) => p.key === target.pool)?.label ?? target.pool;
    if ('role' in target) return translate(`parcours.roles.${target.role}`, { _: target.role });
    const profession = translate(`parcours.professions.${target.profession}`, { _: target.profession });
    return target.communeCode ? `${profession} — ${translate('parcours.assignee.covering_fallback')}` : profession;
  };
};

export const TesterResult = ({ result }: { result: SimulationResult }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const intl = useIntlLocale();
  const targetName = useTargetName(result);
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
                    {s.assignment ? (
                      <Typography
                        component="span"
                        variant="body2"
                        sx={{ display: 'block' }}
                        data-testid="tester-assignment"
                      >
                        {translate('parcours.tester.assigned_to', { target: targetName(s.assignment) })} —{' '}
                        {localize(s.assignment.text)}
                        {s.assignment.assumed ? ` (${translate('parcours.tester.assumed')})` : ''}
                      </Typography>
                    ) : null}
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
