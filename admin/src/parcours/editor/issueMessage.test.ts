import { ISSUE_CODES, validate } from '@parcours/rules';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import type { LocalizedText } from '@parcours/rules/contract';
import type { Draft } from './draft';
import { issueMessage } from './issueMessage';
import { locate } from './issues';

const messagesOf = (m: typeof fr) =>
  (m as unknown as { parcours: { issues: Record<string, unknown> } }).parcours.issues;

describe('validation messages', () => {
  it.each(ISSUE_CODES)('has a French and an English message for « %s »', (code) => {
    expect(messagesOf(fr)[code], 'fr').toEqual(expect.stringMatching(/\S/));
    expect(messagesOf(en)[code], 'en').toEqual(expect.stringMatching(/\S/));
  });

  const draft: Draft = {
    key: 'essai',
    title: { fr: 'Essai' },
    eligibility: { all: [] },
    start: '',
    steps: [
      {
        id: 'consultation',
        type: 'task',
        title: { fr: '' },
        assignee: { profession: 'MG' },
        form: [],
        due: 'P7D',
        next: [{ to: 'fin' }],
      },
      { id: 'fin', type: 'end', title: { fr: 'Fin' }, outcome: 'completed' },
    ],
  };
  const messages = (d: Draft, locale: 'fr' | 'en') => {
    const i18n = polyglotI18nProvider((l) => (l === 'en' ? en : fr), locale);
    const t = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);
    const localize = (text: LocalizedText | string | null | undefined) =>
      text == null ? '' : typeof text === 'string' ? text : ((locale === 'en' ? text.en : undefined) ?? text.fr);
    return validate(d).errors.map((i) => issueMessage(locate(d, i), d, t, localize));
  };

  it('writes plain French: the step by its name, the field by what the form calls it, no pointer or zod text', () => {
    const out = messages(draft, 'fr');
    expect(out).toContain('L’étape « consultation » : il manque le titre en français');
    expect(out).toContain('Le parcours ne dit pas par quelle étape il commence');
    for (const m of out) {
      expect(m).not.toMatch(/\/steps|\/start|%\{|expected|Too small|Invalid|parcours\.issue/);
    }
  });

  it('names steps by their title and a missing suite in plain words', () => {
    const d: Draft = {
      ...draft,
      start: 'consultation',
      steps: [
        { ...draft.steps[0]!, title: { fr: 'Consultation' }, next: [] } as Draft['steps'][number],
        draft.steps[1]!,
      ],
    };
    expect(messages(d, 'fr')).toContain('L’étape « Consultation » ne mène à aucune autre étape : ajoutez une suite');
    expect(messages(d, 'en')).toContain('Step "Consultation" leads to no other step: add a next step');
  });

  it('says what is wrong with a recipient, the profession by its name', () => {
    const withAssignee = (assignee: unknown): Draft => ({
      ...draft,
      start: 'consultation',
      steps: [
        { ...draft.steps[0]!, title: { fr: 'Consultation' }, assignee } as Draft['steps'][number],
        draft.steps[1]!,
      ],
    });
    expect(messages(withAssignee({ careTeam: 'IDE' }), 'fr')).toEqual([
      'L’étape « Consultation » : ajoutez au moins un recours : un patient sans « Infirmier·ère (IDE) » dans son ' +
        'équipe de soins n’aurait personne de désigné',
    ]);
    expect(messages(withAssignee({ careTeam: 'MG', fallback: [{ careTeam: 'IDE' }] }), 'fr')).toEqual([
      'L’étape « Consultation » : un recours ne peut pas être à nouveau l’équipe de soins : choisissez un pool, une ' +
        'profession ou un rôle',
    ]);
    expect(messages(withAssignee({ role: 'coordinator', coveringPatientCommune: true }), 'en')).toEqual([
      'Step "Consultation": "covering the patient’s commune" only applies to a profession',
    ]);
    expect(messages(withAssignee({ profession: 'ophtalmologiste' }), 'fr')).toEqual([
      'L’étape « Consultation » : « ophtalmologiste » n’est pas une profession de la CPTS',
    ]);
  });
});
