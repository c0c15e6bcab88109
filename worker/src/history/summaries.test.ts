import { describe, expect, it } from 'vitest';
import { assigneeText, summaries } from './summaries.ts';

describe('history summaries', () => {
  it('says in French and English where a decision went and whether a condition held', () => {
    const triage = { id: 'triage', title: { fr: 'Orientation', en: 'Triage' } };
    expect(summaries.decision(triage, { id: 'referred' }, false)).toEqual({
      fr: 'Décision « Orientation » : condition remplie, vers « referred »',
      en: 'Decision "Triage": condition held, to "referred"',
    });
    expect(summaries.decision(triage, { id: 'recall', title: { fr: 'Rappel' } }, true)).toEqual({
      fr: 'Décision « Orientation » : sinon, vers « Rappel »',
      en: 'Decision "Triage": otherwise, to "Rappel"',
    });
  });

  it('says « suite » when a step has only one way on', () => {
    expect(summaries.decision({ id: 'a', title: { fr: 'Examen' } }, { id: 'b' }, true, true).fr).toBe(
      'Après « Examen » : suite vers « b »',
    );
  });

  it('names the outcome of an ended journey by its label', () => {
    expect(summaries.completed('referred')).toEqual({
      fr: 'Parcours terminé, issue « orienté »',
      en: 'Journey ended, outcome "referred"',
    });
  });

  it('names an assignee by profession, role or user', () => {
    expect(assigneeText({ profession: 'IDE' })).toBe('IDE');
    expect(assigneeText({ role: 'coordinator' })).toBe('coordinator');
    expect(assigneeText({ userId: 'u1' })).toBe('u1');
    expect(summaries.escalation(undefined, 'screening', assigneeText({ role: 'coordinator' })).fr).toMatch(
      /coordinator/,
    );
  });
});
