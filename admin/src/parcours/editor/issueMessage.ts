// Writes an issue's message in the UI language from its code and parameters: the step named by its title, the field
// by what the form calls it, never a JSON pointer or a format word.
import type { LocalizedText } from '@parcours/rules/contract';
import type { Draft } from './draft';
import type { LocatedIssue } from './issues';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Localize = (text: LocalizedText | string | null | undefined) => string;

/** The step's title in the UI language, or its id when it has none. */
const stepName = (draft: Draft, id: string, localize: Localize): string => {
  const title = draft.steps.find((s) => s.id === id)?.title;
  return (title && localize(title)) || id;
};

// What the message is about, as a sentence's subject: the parcours, its eligibility, a step, one of its suites or fields.
function subject(issue: LocatedIssue, draft: Draft, t: Translate, localize: Localize): string {
  if (issue.area !== 'steps' || issue.stepId === undefined) return t(`parcours.issue_subjects.${issue.area}`);
  const step = stepName(draft, issue.stepId, localize);
  const raw = draft.steps.find((s) => s.id === issue.stepId);
  if (issue.transition !== undefined) {
    const to = raw && 'next' in raw ? raw.next[issue.transition]?.to : undefined;
    return to
      ? t('parcours.issue_subjects.step_transition', { step, to: stepName(draft, to, localize) })
      : t('parcours.issue_subjects.step', { step });
  }
  const form = /^form\/(\d+)/.exec(issue.field ?? '');
  const field = form && raw?.type === 'task' ? raw.form[Number(form[1])] : undefined;
  if (field) return t('parcours.issue_subjects.step_field', { step, field: localize(field.label) || field.id });
  return t('parcours.issue_subjects.step', { step });
}

/** The message of `issue`, ready to show. */
export function issueMessage(issue: LocatedIssue, draft: Draft, t: Translate, localize: Localize): string {
  const p = issue.params;
  const field = p.field
    ? t(`parcours.issue_fields.${p.field}`, { _: t('parcours.issue_fields.other') })
    : t('parcours.issue_fields.other');
  // A malformed recipient has several causes, each with its own sentence.
  const key =
    issue.code === 'invalid-assignee' && p.problem
      ? `parcours.assignee_issues.${p.problem}`
      : `parcours.issues.${issue.code}`;
  return t(key, {
    ...p,
    _: t('parcours.issues.unknown'),
    subject: subject(issue, draft, t, localize),
    field,
    lang: t(`parcours.editor.lang_${p.lang === 'en' ? 'en' : 'fr'}`),
    step: stepName(draft, p.step ?? issue.stepId ?? '', localize),
    target: p.target ?? '',
    professionName: p.profession ? t(`parcours.professions.${p.profession}`, { _: p.profession }) : '',
    loop: (p.loop ?? '')
      .split(' → ')
      .map((id) => `« ${stepName(draft, id, localize)} »`)
      .join(' → '),
  });
}
