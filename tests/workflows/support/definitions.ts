// Small parcours definitions for workflow tests (the shipped templates come from @parcours/rules).
import { randomUUID } from 'node:crypto';
import type { ParcoursDefinition } from '@parcours/rules';
import { skeletonDefinition as skeleton } from '../../support/factories.ts';

/** The walking-skeleton parcours of tests/support/factories.ts, typed for the workflow input. */
export function skeletonDefinition(key?: string): ParcoursDefinition {
  return skeleton(key) as ParcoursDefinition;
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
