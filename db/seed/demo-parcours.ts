// A demo-only parcours, seeded by the demo and never shipped as a template: an ICOPE screening compressed to seconds.
// Reminders, overdue tasks and escalations take days in the real parcours, and a Temporal dev server cannot skip time,
// so `npm start` runs a few journeys on this one: within half a minute one task has been reminded, tasks are overdue
// and one has been escalated to the coordination, all by the workflow's own timers.
import { parcoursDefinitionSchema, type ParcoursDefinition } from '@parcours/rules';

const yesNo = (fr: string, en: string) => ({ type: 'boolean' as const, required: true, label: { fr, en } });

export const DEMO_PARCOURS_KEY = 'demo-delais-courts';

export const demoShortDelaysParcours: ParcoursDefinition = parcoursDefinitionSchema.parse({
  formatVersion: 1,
  key: DEMO_PARCOURS_KEY,
  title: {
    fr: 'Démonstration — repérage ICOPE en accéléré (délais de quelques secondes)',
    en: 'Demo — fast-forward ICOPE screening (delays of a few seconds)',
  },
  description: {
    fr: 'Parcours de démonstration seulement : les délais sont en secondes pour voir une relance, un retard et une escalade dès le démarrage. À ne pas utiliser pour des patients.',
    en: 'Demo only: delays are in seconds so that a reminder, an overdue task and an escalation show right away. Not for patients.',
  },
  category: 'demo',
  eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 60 }] },
  start: 'screening',
  steps: [
    {
      id: 'screening',
      type: 'task',
      title: { fr: 'Dépistage ICOPE (démo : échéance 20 s)', en: 'ICOPE screening (demo: due in 20 s)' },
      help: {
        fr: 'Démonstration : relance 5 s après l’ouverture, en retard après 20 s.',
        en: 'Demo: reminder 5 s after opening, overdue after 20 s.',
      },
      assignee: { profession: 'IDE' },
      due: 'PT20S',
      reminder: 'PT15S',
      form: [
        {
          id: 'positiveDomains',
          type: 'number',
          required: true,
          integer: true,
          min: 0,
          max: 6,
          label: { fr: 'Nombre de domaines ICOPE positifs', en: 'Positive ICOPE domains' },
        },
      ],
      next: [
        {
          when: { all: [{ fact: 'answers', path: '$.screening.positiveDomains', operator: 'greaterThan', value: 0 }] },
          to: 'gp-review',
          label: { fr: 'Au moins un domaine positif', en: 'At least one positive domain' },
        },
        { to: 'end-negative', label: { fr: 'Dépistage négatif', en: 'Negative screen' } },
      ],
    },
    {
      id: 'gp-review',
      type: 'task',
      title: {
        fr: 'Avis du médecin traitant (démo : transmis à la coordination après 20 s)',
        en: 'GP review (demo: escalated to the coordination after 20 s)',
      },
      assignee: { profession: 'MG' },
      due: 'PT10S',
      escalation: { after: 'PT20S', to: { role: 'coordinator' } },
      form: [{ id: 'carePlanOffered', ...yesNo('Plan de soins proposé', 'Care plan offered') }],
      next: [
        {
          when: { all: [{ fact: 'answers', path: '$.gp-review.carePlanOffered', operator: 'equal', value: true }] },
          to: 'end-referred',
          label: { fr: 'Plan de soins proposé', en: 'Care plan offered' },
        },
        { to: 'end-declined', label: { fr: 'Pas de plan de soins', en: 'No care plan' } },
      ],
    },
    {
      id: 'end-referred',
      type: 'end',
      title: { fr: 'Orienté(e) vers un plan de soins', en: 'Referred' },
      outcome: 'referred',
    },
    {
      id: 'end-negative',
      type: 'end',
      title: { fr: 'Dépistage négatif', en: 'Negative screen' },
      outcome: 'completed',
    },
    { id: 'end-declined', type: 'end', title: { fr: 'Sans suite', en: 'No follow-up' }, outcome: 'declined' },
  ],
});
