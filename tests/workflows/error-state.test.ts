// A permanent activity failure (here a real CHECK constraint refusing the projection write) holds the journey in its
// `error` state, visible in the query and the Journey row, instead of failing it or retrying forever. A retry while
// the cause is still there leaves it in error; once the cause is fixed, retryFailedStep runs the activity again and the
// journey goes on to its normal end, with nothing written twice.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cancelJourneySignal, completeTaskUpdate, journeyStateQuery, retryFailedStepUpdate } from '@parcours/worker';
import { skeletonDefinition } from './support/definitions.ts';
import { eventually, updateRefusal, useTimeSkippingHarness } from './support/setup.ts';

const harness = useTimeSkippingHarness();

describe('journey error state', () => {
  it('holds the journey in error on a permanent failure and resumes it on retry', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    const journeyId = randomUUID();
    // Only this journey's row refuses its first step: other tests sharing the database are untouched.
    const constraint = `block_${journeyId.slice(0, 8)}`;
    await h.prisma.$executeRawUnsafe(
      `ALTER TABLE "Journey" ADD CONSTRAINT ${constraint} CHECK (id <> '${journeyId}' OR "currentStep" IS DISTINCT FROM 'screening')`,
    );
    try {
      await h.withWorker(async () => {
        const { handle } = await h.start(await h.publish(skeletonDefinition()), await h.createPatient(), {
          journeyId,
        });
        const held = await eventually(async () => {
          const state = await handle.query(journeyStateQuery);
          return state.status === 'error' && state;
        }, 'the error state');
        expect(held.error).toMatchObject({ stepId: 'screening', activity: 'recordStep', retries: 0 });
        expect(held.error!.message).toMatch(/PostgreSQL refused the data: .*check constraint.*\(SQLSTATE 23514\)/);
        const row = await eventually(() => h.prisma.journey.findFirst({ where: { id: journeyId, status: 'error' } }));
        expect(row.errorDetail).toMatchObject({ stepId: 'screening', activity: 'recordStep' });
        expect(await h.prisma.task.count({ where: { journeyId } })).toBe(0);

        // The cause is still there: the retry fails again and says so.
        const again = await handle.executeUpdate(retryFailedStepUpdate, { args: [{ requestedBy: nurse }] });
        expect(again).toMatchObject({ status: 'error', error: { activity: 'recordStep', retries: 1 } });

        await h.prisma.$executeRawUnsafe(`ALTER TABLE "Journey" DROP CONSTRAINT ${constraint}`);
        const resumed = await handle.executeUpdate(retryFailedStepUpdate, { args: [{ requestedBy: nurse }] });
        expect(resumed).toEqual({ status: 'running', error: null });
        const refusal = await updateRefusal(
          handle.executeUpdate(retryFailedStepUpdate, { args: [{ requestedBy: nurse }] }),
        );
        expect(refusal.type).toBe('JourneyNotInError');

        const task = await h.openTask(journeyId);
        expect(await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).toMatchObject({
          status: 'running',
          errorDetail: null,
          currentStep: 'screening',
        });
        await handle.executeUpdate(completeTaskUpdate, {
          args: [{ taskId: task.id, answers: { chairRiseSeconds: 20 }, completedBy: nurse }],
        });
        expect(await handle.result()).toEqual({ status: 'completed', outcome: 'referred' });
        expect(await h.prisma.task.count({ where: { journeyId } })).toBe(1);
        expect(await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).toMatchObject({
          status: 'completed',
          errorDetail: null,
        });
        const state = await handle.query(journeyStateQuery);
        expect(state.timeline.filter((e) => e.kind === 'step' && e.stepId === 'screening')).toHaveLength(1);
        expect(state.timeline.filter((e) => e.kind === 'error')).toHaveLength(2);
      });
    } finally {
      await h.prisma.$executeRawUnsafe(`ALTER TABLE "Journey" DROP CONSTRAINT IF EXISTS ${constraint}`);
    }
  });

  it('ends a journey held in error as cancelled when it is cancelled', async () => {
    const h = harness();
    const coordinator = await h.createUser('IDE');
    const journeyId = randomUUID();
    const constraint = `block_${journeyId.slice(0, 8)}`;
    await h.prisma.$executeRawUnsafe(
      `ALTER TABLE "Journey" ADD CONSTRAINT ${constraint} CHECK (id <> '${journeyId}' OR "currentStep" IS DISTINCT FROM 'screening')`,
    );
    try {
      await h.withWorker(async () => {
        const { handle } = await h.start(await h.publish(skeletonDefinition()), await h.createPatient(), {
          journeyId,
        });
        await eventually(() => h.prisma.journey.findFirst({ where: { id: journeyId, status: 'error' } }));
        await handle.signal(cancelJourneySignal, { reason: 'erreur non corrigée', cancelledBy: coordinator });
        expect(await handle.result()).toEqual({ status: 'cancelled', outcome: 'cancelled' });
        expect(await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).toMatchObject({
          status: 'cancelled',
          errorDetail: null,
        });
        expect((await handle.query(journeyStateQuery)).error).toBeNull();
      });
    } finally {
      await h.prisma.$executeRawUnsafe(`ALTER TABLE "Journey" DROP CONSTRAINT IF EXISTS ${constraint}`);
    }
  });
});
