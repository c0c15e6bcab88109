import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '@parcours/rules/contract';
import { presentAssignment, whoText, whyText, type AssignmentNames } from './assignment-text.ts';

const names: AssignmentNames = {
  users: new Map([['11111111-1111-4111-8111-111111111111', 'Dr Martin']]),
  pools: new Map([['ide-referente', 'IDE référente']]),
  communes: new Map([['44069', 'Guérande']]),
};
const rule = {
  careTeam: 'IDE',
  fallback: [{ pool: 'ide-referente' }, { profession: 'IDE', coveringPatientCommune: true }],
};

describe('assignment text', () => {
  it('names the person, the pool, the profession covering a commune and the coordination', () => {
    expect(whoText({ userId: '11111111-1111-4111-8111-111111111111' }, names).fr).toBe('Dr Martin');
    expect(whoText({ pool: 'ide-referente' }, names).fr).toBe('l’équipe « IDE référente »');
    expect(whoText({ profession: 'IDE', communeCode: '44069' }, names).fr).toBe('les IDE couvrant Guérande');
    expect(whoText({ role: 'coordinator' }, names).fr).toBe('la coordination');
  });

  it('says why: the médecin traitant, a fallback after a passed-over pool, nobody reachable', () => {
    expect(whyText(rule, { kind: 'care-team', careTeam: 'MG', memberRole: 'medecin-traitant' }, names)?.fr).toBe(
      'médecin traitant du patient',
    );
    expect(
      whyText(
        rule,
        { kind: 'fallback', careTeam: 'IDE', index: 1, skipped: [{ index: 0, because: 'pool-empty' }] },
        names,
      )?.fr,
    ).toBe(
      'pas d’IDE dans l’équipe de soins : IDE couvrant la commune du patient (recours 2) (recours 1 : aucun membre actif dans l’équipe)',
    );
    expect(
      whyText(
        rule,
        {
          kind: 'unreachable',
          careTeam: 'IDE',
          skipped: [
            { index: 0, because: 'pool-empty' },
            { index: 1, because: 'no-patient-commune' },
          ],
        },
        names,
      )?.fr,
    ).toBe(
      'pas d’IDE dans l’équipe de soins et personne de joignable parmi les recours (recours 1 : aucun membre actif dans l’équipe ; recours 2 : commune du patient inconnue) : coordination de la CPTS',
    );
    expect(whyText(undefined, { kind: 'rule' }, names)).toBeNull();
  });

  it('completes the summary of an opened task and of an escalation', () => {
    const opened: TimelineEvent = {
      at: '2026-12-01T00:00:00Z',
      kind: 'task-opened',
      runId: 'r',
      summary: { fr: 'Tâche « Consultation » ouverte', en: 'Task "Consultation" opened' },
      detail: {
        rule: { careTeam: 'MG' },
        assignee: { userId: '11111111-1111-4111-8111-111111111111' },
        assignment: { kind: 'care-team', careTeam: 'MG', memberRole: 'medecin-traitant' },
      },
    };
    expect(presentAssignment(opened, names).summary.fr).toBe(
      'Tâche « Consultation » ouverte, pour Dr Martin (médecin traitant du patient)',
    );
    const escalated: TimelineEvent = {
      ...opened,
      kind: 'escalation',
      summary: {
        fr: 'Tâche « Consultation » en retard, transmise à ide-referente',
        en: 'x escalated to ide-referente',
      },
      detail: { to: { pool: 'ide-referente' }, assignee: { pool: 'ide-referente' }, assignment: { kind: 'rule' } },
    };
    expect(presentAssignment(escalated, names).summary.fr).toBe(
      'Tâche « Consultation » en retard, transmise à l’équipe « IDE référente »',
    );
  });
});
