// Every activity the worker registers has a decision in the history view's table: an event or an explicit nothing.
// The activity type names Temporal records are the keys of createActivities' object, so this compares with those.
import { describe, expect, it } from 'vitest';
import { createActivities } from '../activities/index.ts';
import { ACTIVITY_EVENTS } from './activity-events.ts';

describe('the history view’s reading of activities', () => {
  it('has one entry per registered activity, no more, no less', () => {
    const registered = Object.keys(createActivities({ prisma: {} as never })).sort();
    expect(Object.keys(ACTIVITY_EVENTS).sort()).toEqual(registered);
  });

  it('shows the steps, tasks, alerts, messages and ends of a journey', () => {
    const shown = Object.entries(ACTIVITY_EVENTS)
      .filter(([, on]) => on !== null)
      .map(([name]) => name)
      .sort();
    expect(shown).toEqual([
      'closeTask',
      'finishJourney',
      'reassignTask',
      'recordStep',
      'recordTaskAlert',
      'writeOutbox',
    ]);
  });
});
