// Small parcours definitions for workflow tests (the shipped templates come from @parcours/rules).
import { randomUUID } from 'node:crypto';
import type { ParcoursDefinition } from '@parcours/rules';

/** The walking-skeleton parcours: one task, one decision, one wait, two ends. */
export function skeletonDefinition(key = `skeleton-${randomUUID().slice(0, 8)}`): ParcoursDefinition {
  return {
    key,
    title: { fr: 'Parcours minimal de démonstration' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 60 }] },
    start: 'screening',
    steps: [
      {
        id: 'screening',
        type: 'task',
        title: { fr: 'Dépistage mobilité' },
        assignee: { profession: 'IDE' },
        due: 'P14D',
        form: [
          {
            id: 'chairRiseSeconds',
            type: 'number',
            label: { fr: '5 levers de chaise (secondes)' },
            min: 0,
            max: 120,
            required: true,
          },
        ],
        next: [{ to: 'triage' }],
      },
      {
        id: 'triage',
        type: 'decision',
        next: [
          {
            when: {
              all: [{ fact: 'answers', path: '$.screening.chairRiseSeconds', operator: 'greaterThan', value: 14 }],
            },
            to: 'referred',
            label: { fr: 'Dépistage positif' },
          },
          { to: 'recall' },
        ],
      },
      { id: 'recall', type: 'wait', duration: 'P6M', next: [{ to: 'robust' }] },
      { id: 'robust', type: 'end', outcome: 'completed' },
      { id: 'referred', type: 'end', outcome: 'referred' },
    ],
  } as ParcoursDefinition;
}

/** One task with a reminder 3 days before its 14-day due date and an escalation to the coordinator after 21 days. */
export function alertingTaskDefinition(key = `alerts-${randomUUID().slice(0, 8)}`): ParcoursDefinition {
  const base = skeletonDefinition(key);
  const [screening, ...rest] = base.steps;
  return {
    ...base,
    steps: [{ ...screening!, reminder: 'P3D', escalation: { after: 'P21D', to: { role: 'coordinator' } } }, ...rest],
  } as ParcoursDefinition;
}

/** A decision on a pushed fact (HbA1c) that stays pending for 3 months, re-evaluated on each push. */
export function pendingDecisionDefinition(key = `hba1c-${randomUUID().slice(0, 8)}`): ParcoursDefinition {
  return {
    key,
    title: { fr: 'Surveillance HbA1c' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 18 }] },
    start: 'check',
    steps: [
      {
        id: 'check',
        type: 'decision',
        reevaluate: { onFacts: true, timeout: 'P3M' },
        next: [
          {
            when: { all: [{ fact: 'patient', path: '$.extra.hba1c', operator: 'greaterThan', value: 7 }] },
            to: 'review',
          },
          { to: 'stable' },
        ],
      },
      { id: 'review', type: 'end', outcome: 'referred' },
      { id: 'stable', type: 'end', outcome: 'completed' },
    ],
  } as ParcoursDefinition;
}

/** A parent whose first step starts `childKey` for the same patient, then branches on the child's outcome. */
export function parentDefinition(childKey: string, wait: boolean, key = `parent-${randomUUID().slice(0, 8)}`) {
  return {
    key,
    title: { fr: 'Parcours parent' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 18 }] },
    start: 'assessment',
    steps: [
      { id: 'assessment', type: 'subparcours', parcours: childKey, wait, next: [{ to: 'after' }] },
      {
        id: 'after',
        type: 'decision',
        next: [
          {
            when: { all: [{ fact: 'journey', path: '$.previousOutcome', operator: 'equal', value: 'referred' }] },
            to: 'escalated',
          },
          { to: 'done' },
        ],
      },
      { id: 'escalated', type: 'end', outcome: 'referred' },
      { id: 'done', type: 'end', outcome: 'completed' },
    ],
  } as ParcoursDefinition;
}

/** A visit every week, four times (the loop counts its own iterations), then the end: long enough to continue as new. */
export function weeklyVisitsDefinition(key = `weekly-${randomUUID().slice(0, 8)}`): ParcoursDefinition {
  return {
    key,
    title: { fr: 'Visites hebdomadaires' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 18 }] },
    start: 'visit',
    steps: [
      {
        id: 'visit',
        type: 'task',
        assignee: { profession: 'IDE' },
        form: [{ id: 'weightKg', type: 'number', label: { fr: 'Poids (kg)' }, required: true }],
        next: [{ to: 'pause' }],
      },
      {
        id: 'pause',
        type: 'wait',
        duration: 'P7D',
        next: [
          {
            when: { all: [{ fact: 'journey', path: '$.iteration', operator: 'greaterThanInclusive', value: 3 }] },
            to: 'done',
          },
          { to: 'visit' },
        ],
      },
      { id: 'done', type: 'end', outcome: 'completed' },
    ],
  } as ParcoursDefinition;
}
