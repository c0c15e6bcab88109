import { describe, expect, it } from 'vitest';
import { explainAssignment } from './explain.js';
import { resolveAssignee, type AssignmentContext } from './resolve.js';
import type { Assignee } from '../schema/steps.js';

const empty: AssignmentContext = { careTeam: [], patientCommune: null, reachablePools: [], coveringProfessions: [] };
const names = {
  pools: { 'ide-referente': 'IDE référente de la CPTS', 'coordination-cpts': 'Cellule de coordination' },
};
const nurseRule: Assignee = {
  careTeam: 'IDE',
  fallback: [{ pool: 'ide-referente' }, { profession: 'IDE', coveringPatientCommune: true }],
};
/** The sentence, resolved then explained, in French and in English. */
const say = (rule: Assignee, context: Partial<AssignmentContext>) => {
  const { reason } = resolveAssignee(rule, { ...empty, ...context });
  return [explainAssignment(reason, rule, 'fr', names), explainAssignment(reason, rule, 'en', names)];
};

describe('explainAssignment', () => {
  it('names the médecin traitant, or the patient’s own professional of another profession', () => {
    const gp = { userId: 'gp', profession: 'MG', role: 'medecin-traitant', startDate: '2024-01-01' } as const;
    expect(say({ careTeam: 'MG', fallback: [{ role: 'coordinator' }] }, { careTeam: [gp] })).toEqual([
      'Médecin traitant du patient',
      'The patient’s registered GP (médecin traitant)',
    ]);
    const ide = { userId: 'ide', profession: 'IDE', role: 'intervenant', startDate: '2024-01-01' } as const;
    expect(say(nurseRule, { careTeam: [ide] })[0]).toBe('IDE de l’équipe de soins du patient');
    const otherGp = { ...gp, role: 'intervenant' } as const;
    expect(say({ careTeam: 'MG', fallback: [{ role: 'coordinator' }] }, { careTeam: [otherGp] })[0]).toBe(
      'Médecin généraliste de l’équipe de soins du patient (pas de médecin traitant déclaré)',
    );
  });

  it('says which fallback took the task, with the pool’s name, and why earlier ones were passed', () => {
    expect(say(nurseRule, { reachablePools: ['ide-referente'] })).toEqual([
      'Pas d’IDE dans l’équipe de soins : IDE référente de la CPTS (recours 1)',
      'No nurse (IDE) in the care team: IDE référente de la CPTS (fallback 1)',
    ]);
    expect(say(nurseRule, { patientCommune: '44069', coveringProfessions: ['IDE'] })[0]).toBe(
      'Pas d’IDE dans l’équipe de soins : IDE couvrant la commune du patient (recours 2) (recours 1 : aucun membre actif dans l’équipe)',
    );
    expect(
      say({ careTeam: 'MG', fallback: [{ pool: 'coordination-cpts' }] }, { reachablePools: ['coordination-cpts'] })[0],
    ).toBe('Pas de médecin généraliste dans l’équipe de soins : Cellule de coordination (recours 1)');
  });

  it('says nobody was reachable and that the coordination gets the task', () => {
    expect(say(nurseRule, {})).toEqual([
      'Pas d’IDE dans l’équipe de soins et personne de joignable parmi les recours (recours 1 : aucun membre actif dans l’équipe ; ' +
        'recours 2 : commune du patient inconnue) : coordination de la CPTS',
      'No nurse (IDE) in the care team and no fallback reachable (fallback 1: no active member in the team; fallback 2: ' +
        'patient’s commune unknown): the CPTS coordination',
    ]);
    expect(say({ pool: 'ide-referente' }, {})[0]).toBe(
      'Personne de joignable (aucun membre actif dans l’équipe) : coordination de la CPTS',
    );
  });

  it('describes a plain rule by its target', () => {
    expect(say({ profession: 'IDE' }, {})[0]).toBe('IDE (tous ceux de la CPTS)');
    expect(say({ role: 'coordinator' }, {})[0]).toBe('Coordination de la CPTS');
    expect(say({ pool: 'ide-referente' }, { reachablePools: ['ide-referente'] })[0]).toBe('IDE référente de la CPTS');
    expect(explainAssignment({ kind: 'rule' }, { pool: 'inconnu' }, 'fr')).toBe('Pool « inconnu »');
  });
});
