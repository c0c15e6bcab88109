// What the history shows of an assignment rule: the rule as written, whom the activity resolved it to on that day and
// why (its result). Histories recorded before rules were resolved by activities have static rules only: the target is
// the rule itself, and no reason.
import { staticTarget, type Assignee } from '@parcours/rules';
import type { TimelineEvent } from '@parcours/rules/contract';
import type { ResolvedAssignee } from '../workflows/types.ts';
import { assigneeText, summaries } from './summaries.ts';

export function resolvedDetail(rule: Assignee | undefined, result: Partial<ResolvedAssignee> | undefined) {
  const assignee = result?.assignee ?? (rule ? staticTarget(rule) : null) ?? undefined;
  return {
    ...(rule ? { rule } : {}),
    ...(assignee ? { assignee } : {}),
    ...(result?.assignment ? { assignment: result.assignment } : {}),
  };
}

/**
 * An escalation's or a message's event, pushed when its activity was scheduled, completed with what the activity
 * answered: whom the escalation went to, the message's resolved recipient, and why.
 */
export function amendWithResult(
  event: TimelineEvent,
  activity: string,
  result: Record<string, unknown> | undefined,
  stepTitle: (stepId: string) => { fr: string; en?: string } | undefined,
): void {
  if (!result) return;
  if (activity === 'recordTaskAlert' && event.kind === 'escalation' && result.assignee) {
    const detail = {
      ...event.detail,
      ...resolvedDetail(event.detail?.to as Assignee, result as unknown as ResolvedAssignee),
    };
    event.detail = detail;
    const stepId = event.stepId ?? '?';
    event.summary = summaries.escalation(stepTitle(stepId), stepId, assigneeText(detail.assignee));
  } else if (activity === 'writeOutbox' && event.kind === 'notify' && result.recipient) {
    event.detail = {
      ...event.detail,
      recipient: result.recipient,
      ...(result.assignment ? { assignment: result.assignment } : {}),
    };
  }
}
