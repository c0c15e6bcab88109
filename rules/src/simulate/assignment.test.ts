import { describe, expect, it } from 'vitest';
import { simulate } from './simulate.js';
import { minimalDefinition } from '../test/fixtures.js';
import type { PatientRecord } from '../facts/types.js';

/** The minimal definition whose assessment (MG) task goes to the patient's GP, else the coordination pool. */
const definition = () => {
  const d = minimalDefinition();
  (d.steps[2] as Record<string, unknown>).assignee = {
    careTeam: 'MG',
    fallback: [{ pool: 'coordination-cpts' }],
  };
  (d.steps[0] as Record<string, unknown>).assignee = {
    careTeam: 'IDE',
    fallback: [{ pool: 'ide-referente' }, { profession: 'IDE', coveringPatientCommune: true }],
  };
  return d;
};
const positive = { screening: { chairRiseSeconds: 20, domains: ['mobility'] } };
const patient = (extra: Partial<PatientRecord> = {}): PatientRecord => ({
  birthDate: '1950-03-01',
  sex: 'F',
  ...extra,
});
const martin = { userId: 'Dr Martin', role: 'medecin-traitant', profession: 'MG', startDate: '2020-01-01' };
const assignmentsOf = async (p: PatientRecord, options = {}) =>
  (await simulate(definition(), p, positive, '2026-01-01T00:00:00Z', options)).steps
    .filter((s) => s.assignment)
    .map((s) => [s.id, s.assignment?.target, s.assignment?.text.fr, s.assignment?.assumed]);

describe('simulated assignments', () => {
  it('sends the GP task to the test patient’s médecin traitant, and says so', async () => {
    expect(await assignmentsOf(patient({ careTeam: [martin], communeCode: '44069' }))).toEqual([
      [
        'screening',
        { pool: 'ide-referente' },
        'Pas d’IDE dans l’équipe de soins : pool « ide-referente » (recours 1)',
        true,
      ],
      ['assessment', { userId: 'Dr Martin' }, 'Médecin traitant du patient', false],
    ]);
  });

  it('without a médecin traitant, assumes the fallback pool reachable and says it assumed', async () => {
    const steps = await assignmentsOf(patient(), {
      assignment: { poolNames: { 'coordination-cpts': 'Cellule de coordination' } },
    });
    expect(steps[1]).toEqual([
      'assessment',
      { pool: 'coordination-cpts' },
      'Pas de médecin généraliste dans l’équipe de soins : Cellule de coordination (recours 1)',
      true,
    ]);
  });

  it('passes over a pool the caller says is empty, to the nurses covering the patient’s commune', async () => {
    const steps = await assignmentsOf(patient({ communeCode: '44069' }), { assignment: { reachablePools: [] } });
    expect(steps[0]).toEqual([
      'screening',
      { profession: 'IDE', communeCode: '44069' },
      'Pas d’IDE dans l’équipe de soins : IDE couvrant la commune du patient (recours 2) (recours 1 : aucun membre actif dans l’équipe)',
      true,
    ]);
  });

  it('follows what the caller knows of the CPTS: an empty pool is passed over, nobody left means the coordination', async () => {
    const steps = await assignmentsOf(patient(), { assignment: { reachablePools: [], coveringProfessions: [] } });
    expect(steps.map((s) => s[1])).toEqual([{ role: 'coordinator' }, { role: 'coordinator' }]);
    expect(steps[0]?.[2]).toBe(
      'Pas d’IDE dans l’équipe de soins et personne de joignable parmi les recours (recours 1 : aucun membre actif dans l’équipe ; ' +
        'recours 2 : commune du patient inconnue) : coordination de la CPTS',
    );
    expect(steps[0]?.[3]).toBe(false);
  });

  it('reads the care team on the day the task opens: a médecin traitant whose period ended is not asked', async () => {
    const ended = { ...martin, endDate: '2025-06-01' };
    const steps = await assignmentsOf(patient({ careTeam: [ended] }));
    expect(steps[1]?.[1]).toEqual({ pool: 'coordination-cpts' });
  });
});
