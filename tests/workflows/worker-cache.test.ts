// A worker whose cache holds two journeys, with six waiting on timers: the others are evicted from memory, and each is
// replayed from its history when its timer fires, opens its next task and ends with the right outcome. What lets a
// production worker bound its memory (WORKER_MAX_CACHED_WORKFLOWS) while journeys wait for months.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParcoursDefinition } from '@parcours/rules';
import { completeTaskUpdate, createWorker, journeyStateQuery } from '@parcours/worker';
import { sharedBundle } from './support/harness.ts';
import { eventually, useTimeSkippingHarness } from './support/setup.ts';

const harness = useTimeSkippingHarness();
const JOURNEYS = 6;
const DAY = 24 * 3600 * 1000;

/** A month's wait, then a task whose answer picks the outcome. */
function waitThenTaskDefinition(): ParcoursDefinition {
  return {
    key: `cache-${randomUUID().slice(0, 8)}`,
    title: { fr: 'Rappel à un mois' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 18 }] },
    start: 'pause',
    steps: [
      { id: 'pause', type: 'wait', duration: 'P30D', next: [{ to: 'recall' }] },
      {
        id: 'recall',
        type: 'task',
        assignee: { profession: 'IDE' },
        form: [{ id: 'reached', type: 'boolean', label: { fr: 'Patient joint' }, required: true }],
        next: [
          {
            when: { all: [{ fact: 'answers', path: '$.recall.reached', operator: 'equal', value: true }] },
            to: 'done',
          },
          { to: 'lost' },
        ],
      },
      { id: 'done', type: 'end', outcome: 'completed' },
      { id: 'lost', type: 'end', outcome: 'lost-to-follow-up' },
    ],
  } as ParcoursDefinition;
}

describe('worker cache', () => {
  it('journeys evicted while they wait resume from their history when the timer fires', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    const definition = await h.publish(waitThenTaskDefinition());
    const worker = await createWorker({
      connection: h.env.nativeConnection,
      taskQueue: h.taskQueue,
      prisma: h.prisma,
      workflowBundle: await sharedBundle(),
      limits: { maxCachedWorkflows: 2, maxConcurrentWorkflowTaskExecutions: 2 },
    });
    let mostCached = 0;
    const sample = setInterval(() => (mostCached = Math.max(mostCached, worker.getStatus().numCachedWorkflows)), 5);
    try {
      await worker.runUntil(async () => {
        const journeys = [];
        for (let i = 0; i < JOURNEYS; i++) journeys.push(await h.start(definition, await h.createPatient()));
        const ids = journeys.map((j) => j.journeyId);
        await eventually(async () => {
          const waiting = await h.prisma.journey.count({ where: { id: { in: ids }, currentStep: 'pause' } });
          return waiting === JOURNEYS;
        }, 'every journey on its timer');
        // Six journeys are running; at most two are in memory, so at least four were evicted.
        expect(worker.getStatus().numCachedWorkflows).toBeLessThanOrEqual(2);

        await h.env.sleep(31 * DAY);
        const tasks = await Promise.all(journeys.map((j) => h.openTask(j.journeyId, 'recall')));
        expect(new Set(tasks.map((t) => t.stepId))).toEqual(new Set(['recall']));
        for (const [i, { handle }] of journeys.entries()) {
          const state = await handle.query(journeyStateQuery);
          expect(state).toMatchObject({ status: 'running', currentStep: 'recall' });
          expect(state.iterations).toMatchObject({ pause: 1, recall: 1 });
          await handle.executeUpdate(completeTaskUpdate, {
            args: [{ taskId: tasks[i]!.id, answers: { reached: i % 2 === 0 }, completedBy: nurse }],
          });
        }
        for (const [i, { handle }] of journeys.entries())
          expect(await handle.result()).toEqual({
            status: 'completed',
            outcome: i % 2 === 0 ? 'completed' : 'lost-to-follow-up',
          });
        // Replays after eviction made the same decisions: no workflow task failed (non-determinism would).
        for (const { handle } of journeys) {
          const events = (await handle.fetchHistory()).events ?? [];
          expect(events.filter((e) => e.workflowTaskFailedEventAttributes)).toEqual([]);
        }
      });
    } finally {
      clearInterval(sample);
    }
    expect(mostCached).toBeGreaterThan(0);
    expect(mostCached).toBeLessThanOrEqual(2);
  });
});
