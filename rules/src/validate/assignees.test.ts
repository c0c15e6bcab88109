import { describe, expect, it } from 'vitest';
import { validate } from './validate.js';
import { minimalDefinition } from '../test/fixtures.js';

type Def = ReturnType<typeof minimalDefinition>;
/** The minimal definition with the assessment task (steps[2]) assigned to `assignee`. */
const withAssignee = (assignee: unknown, at: 'assignee' | 'escalation' = 'assignee'): Def => {
  const d = minimalDefinition();
  const step = d.steps[2] as Record<string, unknown>;
  if (at === 'assignee') step.assignee = assignee;
  else step.escalation = { after: 'P7D', to: assignee };
  return d;
};
/** The minimal definition with a notify step (before the end) sending to `to`. */
const withNotify = (to: unknown): Def => {
  const d = minimalDefinition();
  (d.steps[2] as { next: unknown }).next = [{ to: 'tell' }];
  d.steps.splice(3, 0, { id: 'tell', type: 'notify', to, message: { fr: 'Bonjour' }, next: [{ to: 'done' }] });
  return d;
};
const errorsOf = (d: unknown) => validate(d).errors.map((e) => [e.pointer, e.code, e.message.fr]);
const gpOrCoordination = { careTeam: 'MG', fallback: [{ pool: 'coordination-cpts' }] };

describe('assignment rules', () => {
  it.each([
    ['a profession', { profession: 'IDE' }],
    ['a profession covering the patient’s commune', { profession: 'IDE', coveringPatientCommune: true }],
    ['a role', { role: 'coordinator' }],
    ['a pool', { pool: 'ide-referente' }],
    ['the care team with a pool fallback', gpOrCoordination],
    [
      'the care team with ordered fallbacks of every kind',
      {
        careTeam: 'IDE',
        fallback: [
          { pool: 'ide-referente' },
          { profession: 'IDE', coveringPatientCommune: true },
          { role: 'coordinator' },
        ],
      },
    ],
  ])('accepts %s as a task assignee, an escalation and a notify recipient', (_name, rule) => {
    expect(errorsOf(withAssignee(rule))).toEqual([]);
    expect(errorsOf(withAssignee(rule, 'escalation'))).toEqual([]);
    expect(errorsOf(withNotify(rule))).toEqual([]);
  });

  it('refuses a care-team rule without a fallback, naming the profession the patient may lack', () => {
    for (const rule of [{ careTeam: 'IDE' }, { careTeam: 'IDE', fallback: [] }]) {
      const errors = errorsOf(withAssignee(rule));
      expect(errors).toHaveLength(1);
      expect(errors[0]?.slice(0, 2)).toEqual(['/steps/2/assignee/careTeam', 'care-team-without-fallback']);
      expect(errors[0]?.[2]).toMatch(/^Étape « assessment » : ajoutez au moins un recours : un patient sans IDE dans/);
    }
    expect(errorsOf(withNotify({ careTeam: 'MG' }))[0]?.slice(0, 2)).toEqual([
      '/steps/3/to/careTeam',
      'care-team-without-fallback',
    ]);
  });

  it('refuses a care team that is not a profession code, located and in French', () => {
    const r = validate(withAssignee({ careTeam: 'medecin', fallback: [{ role: 'coordinator' }] }));
    expect(r.errors).toEqual([
      expect.objectContaining({
        pointer: '/steps/2/assignee/careTeam',
        code: 'unknown-profession',
        location: { area: 'steps', stepId: 'assessment', field: 'assignee/careTeam' },
        params: { step: 'assessment', value: 'medecin' },
      }),
    ]);
    expect(r.errors[0]?.message.fr).toBe(
      'Étape « assessment » : « medecin » n’est pas une profession de la CPTS (MG, IDE, PHARMACIEN…)',
    );
  });

  it('refuses unknown professions and roles wherever they appear, fallbacks included', () => {
    expect(errorsOf(withAssignee({ profession: 'ophtalmologiste' }))[0]?.slice(0, 2)).toEqual([
      '/steps/2/assignee/profession',
      'unknown-profession',
    ]);
    expect(errorsOf(withAssignee({ role: 'chef' }, 'escalation'))[0]?.slice(0, 2)).toEqual([
      '/steps/2/escalation/to/role',
      'unknown-role',
    ]);
    expect(
      errorsOf(withAssignee({ careTeam: 'MG', fallback: [{ pool: 'coordination-cpts' }, { role: 'secretaire' }] })),
    ).toEqual([
      [
        '/steps/2/assignee/fallback/1/role',
        'unknown-role',
        'Étape « assessment » : « secretaire » n’est pas un rôle connu (coordinator, professional, auditor, admin)',
      ],
    ]);
  });

  it('refuses a pool key that is not a slug', () => {
    expect(errorsOf(withAssignee({ pool: 'IDE référente' }))[0]?.slice(0, 2)).toEqual([
      '/steps/2/assignee/pool',
      'invalid-id',
    ]);
    expect(
      errorsOf(withAssignee({ careTeam: 'IDE', fallback: [{ pool: 'Coordination CPTS' }] }))[0]?.slice(0, 2),
    ).toEqual(['/steps/2/assignee/fallback/0/pool', 'invalid-id']);
  });

  it('refuses the care team as a fallback of the care team, at the fallback', () => {
    const errors = errorsOf(withAssignee({ careTeam: 'MG', fallback: [{ pool: 'x' }, { careTeam: 'IDE' }] }));
    expect(errors).toEqual([
      [
        '/steps/2/assignee/fallback/1',
        'invalid-assignee',
        'Un recours ne peut pas être à nouveau l’équipe de soins : choisissez un pool, une profession ou un rôle',
      ],
    ]);
    // Written with another kind beside it, the schema would read it as that kind: still refused.
    expect(
      errorsOf(withAssignee({ careTeam: 'MG', fallback: [{ careTeam: 'IDE', role: 'coordinator' }] }))[0]?.slice(0, 2),
    ).toEqual(['/steps/2/assignee/fallback/0', 'invalid-assignee']);
  });

  it('refuses « covering the patient’s commune » on anything but a profession', () => {
    const errors = errorsOf(withAssignee({ role: 'coordinator', coveringPatientCommune: true }));
    expect(errors).toEqual([
      [
        '/steps/2/assignee',
        'invalid-assignee',
        'Étape « assessment » : « couvrant la commune du patient » ne s’applique qu’à une profession',
      ],
    ]);
    expect(
      errorsOf(withAssignee({ careTeam: 'IDE', coveringPatientCommune: true, fallback: [{ role: 'coordinator' }] })),
    ).toHaveLength(1);
  });

  it('refuses a rule naming two kinds of target, or fallbacks outside a care-team rule', () => {
    expect(errorsOf(withAssignee({ profession: 'IDE', pool: 'ide-referente' }))[0]?.slice(1, 3)).toEqual([
      'invalid-assignee',
      'Étape « assessment » : un destinataire ne nomme qu’une sorte de cible, celui-ci en nomme 2 (profession, pool)',
    ]);
    expect(errorsOf(withAssignee({ profession: 'IDE', fallback: [{ role: 'coordinator' }] }))[0]?.[1]).toBe(
      'invalid-assignee',
    );
  });

  it('says what is missing when a rule names nothing', () => {
    expect(errorsOf(withAssignee({}))).toEqual([
      [
        '/steps/2/assignee',
        'invalid-assignee',
        'Destinataire incomplet : choisissez une profession, un rôle, un pool ou l’équipe de soins du patient',
      ],
    ]);
  });
});
