import { describe, expect, it } from 'vitest';
import { assigneeText, summaries } from './summaries.ts';

describe('history summaries', () => {
  it('says in French and English where a decision went and whether a condition held', () => {
    expect(summaries.decision('triage', 'referred', false)).toEqual({
      fr: 'Décision triage : condition remplie, vers referred',
      en: 'Decision triage: condition held, to referred',
    });
    expect(summaries.decision('triage', 'recall', true).en).toMatch(/no condition held/);
  });

  it('names an assignee by profession, role or user', () => {
    expect(assigneeText({ profession: 'IDE' })).toBe('IDE');
    expect(assigneeText({ role: 'coordinator' })).toBe('coordinator');
    expect(assigneeText({ userId: 'u1' })).toBe('u1');
    expect(summaries.escalation('screening', assigneeText({ role: 'coordinator' })).fr).toMatch(/coordinator/);
  });
});
