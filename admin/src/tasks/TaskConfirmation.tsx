import { Link, useTranslate } from 'react-admin';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useIntlLocale } from '../common/useIntlLocale';
import { useLocalizedText } from '../common/useLocalizedText';
import type { TaskCompletionResult, WhatNext } from '@parcours/rules/contract';

type Translate = ReturnType<typeof useTranslate>;

function assigneeText(next: Extract<WhatNext, { kind: 'task' }>, translate: Translate): string {
  const a = next.assignee;
  if (!a) return translate('parcours.tasks.next.someone');
  if ('profession' in a) return translate(`parcours.professions.${a.profession}`, { _: a.profession });
  if ('role' in a) return translate(`parcours.roles.${a.role}`);
  return next.assigneeName ?? translate('parcours.tasks.next.someone');
}

/** One sentence that says truthfully where the journey went: the next task and who has it, a wait, or the end. */
const NextSentence = ({ next }: { next: WhatNext | null }) => {
  const translate = useTranslate();
  const localize = useLocalizedText();
  const intl = useIntlLocale();
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(intl, { dateStyle: 'long' }) : '');
  if (!next) return <>{translate('parcours.tasks.next.unknown')}</>;
  switch (next.kind) {
    case 'task':
      return (
        <>
          {translate('parcours.tasks.next.task', {
            step: localize(next.stepTitle),
            who: assigneeText(next, translate),
          })}
          {next.dueAt ? ` ${translate('parcours.tasks.next.due', { date: date(next.dueAt) })}` : ''}
        </>
      );
    case 'wait':
      return <>{translate('parcours.tasks.next.wait', { step: localize(next.stepTitle), date: date(next.until) })}</>;
    case 'pending-decision':
      return (
        <>
          {translate('parcours.tasks.next.pending_decision', {
            step: localize(next.stepTitle),
            date: date(next.until),
          })}
        </>
      );
    case 'subparcours':
      return <>{translate('parcours.tasks.next.subparcours', { step: localize(next.stepTitle) })}</>;
    case 'end':
      return (
        <>
          {translate('parcours.tasks.next.end', {
            outcome: localize(next.outcomeLabel) || translate('parcours.common.not_set'),
          })}
        </>
      );
    case 'cancelled':
      return <>{translate('parcours.tasks.next.cancelled')}</>;
    case 'moving':
      return <>{translate('parcours.tasks.next.moving', { step: localize(next.stepTitle) })}</>;
  }
};

// Tells the professional where the journey went next, so the effect of her answers is visible at once.
export const TaskConfirmation = ({ result }: { result: TaskCompletionResult }) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="success"
      role="status"
      action={
        <Button component={Link} to="/tasks" color="inherit" size="small">
          {translate('parcours.common.back_to_list')}
        </Button>
      }
    >
      <AlertTitle>{translate('parcours.tasks.complete.confirmation_title')}</AlertTitle>
      {translate('parcours.tasks.complete.confirmation_body')}{' '}
      <span data-testid="task-next-step">
        <NextSentence next={result.next} />
      </span>
    </Alert>
  );
};
