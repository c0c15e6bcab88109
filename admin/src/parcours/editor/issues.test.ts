import { describe, expect, it } from 'vitest';
import { addStep, blankDraft } from './draft';
import { issuesAt, locate, mergeIssues } from './issues';

describe('issue location', () => {
  const draft = addStep(addStep(blankDraft('k', 'K'), 'task').draft, 'end').draft;

  it('maps a transition pointer to its step and transition, client or server side', () => {
    expect(locate(draft, { pointer: '/steps/0/next/0/when', code: 'invalid-condition' })).toMatchObject({
      area: 'steps',
      stepId: 'task-1',
      transition: 0,
      field: 'next/0/when',
    });
    expect(locate(draft, { pointer: '/definition/steps/1/outcome', code: 'required' })).toMatchObject({
      pointer: '/steps/1/outcome',
      stepId: 'end-1',
      field: 'outcome',
    });
    expect(locate(draft, { pointer: '/eligibility/all/0', code: 'missing-value' }).area).toBe('eligibility');
    expect(locate(draft, { pointer: '/start', code: 'missing-start' })).toMatchObject({ area: 'general' });
  });

  it('finds the issues of a field and below', () => {
    const issues = [locate(draft, { pointer: '/steps/0/form/1/options', code: 'empty-list' })];
    expect(issuesAt(issues, 'task-1', 'form/1')).toHaveLength(1);
    expect(issuesAt(issues, 'task-1', 'due')).toHaveLength(0);
  });

  it('counts a server issue once when the editor found it too', () => {
    const client = [locate(draft, { pointer: '/start', code: 'missing-start' })];
    const server = [
      locate(draft, { pointer: '/definition/start', code: 'missing-start' }),
      locate(draft, { pointer: '/definition/key', code: 'invalid-id' }),
    ];
    expect(mergeIssues(client, server).map((i) => i.code)).toEqual(['missing-start', 'invalid-id']);
  });
});
