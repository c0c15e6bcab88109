import { describe, expect, it } from 'vitest';
import { addStep, blankDraft } from './draft';
import { issuesAt, locate } from './issues';

describe('issue location', () => {
  const draft = addStep(addStep(blankDraft('k', 'K'), 'task').draft, 'end').draft;
  const message = { fr: 'x', en: 'x' };

  it('maps a transition pointer to its step and transition, client or server side', () => {
    expect(locate(draft, { pointer: '/steps/0/next/0/when', message })).toMatchObject({
      stepId: 'task-1',
      transition: 0,
      field: 'next/0/when',
    });
    expect(locate(draft, { pointer: '/body/definition/steps/1/outcome', message })).toMatchObject({
      stepId: 'end-1',
      field: 'outcome',
    });
  });

  it('finds the issues of a field and below', () => {
    const issues = [locate(draft, { pointer: '/steps/0/form/1/options', message })];
    expect(issuesAt(issues, 'task-1', 'form/1')).toHaveLength(1);
    expect(issuesAt(issues, 'task-1', 'due')).toHaveLength(0);
  });
});
