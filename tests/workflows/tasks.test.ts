// Human tasks on the time-skipping server: reminders and escalation timers fire while the task waits and are recorded
// once; reassignment; completion is idempotent per update id and refused once the task is closed; answers that break
// the form are refused with the field and leave no trace; cancellation ends the journey and cancels its open task.
import { describe, expect, it } from 'vitest';
import type { CompleteTaskInput } from '@parcours/worker';
import { completeTaskUpdate, journeyStateQuery, reassignTaskUpdate, cancelJourneySignal } from '@parcours/worker';
import { alertingTaskDefinition, skeletonDefinition } from './support/definitions.ts';
import { eventually, updateRefusal, useTimeSkippingHarness } from './support/setup.ts';
import { writesNamed } from './support/writes.ts';

const harness = useTimeSkippingHarness();
const DAY = 86_400_000;

describe('task steps', () => {
  it('reminds 3 days before due, escalates after 21 days, then completes', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(await h.publish(alertingTaskDefinition()), await h.createPatient());
      const task = await h.openTask(journeyId, 'screening');
      await h.env.sleep('12 days');
      const reminded = await eventually(() =>
        h.prisma.task.findFirst({ where: { id: task.id, remindedAt: { not: null } } }),
      );
      // Workflow time, not the activity's wall clock (which is 11 days behind): 3 days before the due date.
      expect(Math.abs(reminded.dueAt!.getTime() - reminded.remindedAt!.getTime() - 3 * DAY)).toBeLessThan(5_000);
      expect(reminded.escalatedAt).toBeNull();
      expect(reminded.assigneeProfession).toBe('IDE');

      await h.env.sleep('10 days');
      const escalated = await eventually(() =>
        h.prisma.task.findFirst({ where: { id: task.id, escalatedAt: { not: null } } }),
      );
      expect(Math.abs(escalated.escalatedAt!.getTime() - escalated.dueAt!.getTime() - 7 * DAY)).toBeLessThan(5_000);
      expect(escalated).toMatchObject({ assigneeRole: 'coordinator', assigneeProfession: null, status: 'open' });
      const outbox = await h.prisma.outboxMessage.findMany({ where: { journeyId }, orderBy: { stepId: 'asc' } });
      expect(outbox.map((m) => m.stepId)).toEqual(['screening#escalation', 'screening#reminder']);
      expect(outbox[0]!.recipient).toEqual({ role: 'coordinator' });

      const state = await handle.query(journeyStateQuery);
      expect(state.openTasks[0]).toMatchObject({ taskId: task.id, assignee: { role: 'coordinator' } });
      expect(state.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['reminder', 'escalation']));

      await handle.executeUpdate(completeTaskUpdate, {
        args: [{ taskId: task.id, answers: { chairRiseSeconds: 20 }, completedBy: nurse }],
      });
      expect(await handle.result()).toEqual({ status: 'completed', outcome: 'referred' });
      expect(await h.prisma.outboxMessage.count({ where: { journeyId } })).toBe(2);
    });
  });

  it('reassigns an open task and refuses an unknown one', async () => {
    const h = harness();
    const [coordinator, doctor] = [await h.createUser('IDE'), await h.createUser('MG')];
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(await h.publish(skeletonDefinition()), await h.createPatient());
      const task = await h.openTask(journeyId);
      const done = await handle.executeUpdate(reassignTaskUpdate, {
        args: [{ taskId: task.id, to: { userId: doctor }, reassignedBy: coordinator, reason: 'congés' }],
      });
      expect(done).toEqual({ taskId: task.id, to: { userId: doctor } });
      expect(await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
        assigneeUserId: doctor,
        assigneeProfession: null,
      });
      const state = await handle.query(journeyStateQuery);
      expect(state.timeline.find((e) => e.kind === 'task-reassigned')?.detail).toMatchObject({
        by: coordinator,
        to: { userId: doctor },
        reason: 'congés',
      });
      const refusal = await updateRefusal(
        handle.executeUpdate(reassignTaskUpdate, {
          args: [{ taskId: '00000000-0000-4000-8000-000000000000', to: { userId: doctor }, reassignedBy: coordinator }],
        }),
      );
      expect(refusal.type).toBe('TaskNotOpen');
      await handle.signal(cancelJourneySignal, { reason: 'fin du test', cancelledBy: coordinator });
      await handle.result();
    });
  });

  it('completes once per update id; a second completion is refused as TaskNotOpen', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(await h.publish(skeletonDefinition()), await h.createPatient());
      const task = await h.openTask(journeyId);
      const request = {
        args: [{ taskId: task.id, answers: { chairRiseSeconds: 9 }, completedBy: nurse }] as [CompleteTaskInput],
      };
      const first = await handle.executeUpdate(completeTaskUpdate, { ...request, updateId: `done-${task.id}` });
      const again = await handle.executeUpdate(completeTaskUpdate, { ...request, updateId: `done-${task.id}` });
      expect(again).toEqual(first);
      expect(first).toMatchObject({ taskId: task.id, stepId: 'screening', status: 'running', nextStep: 'triage' });
      const refusal = await updateRefusal(
        handle.executeUpdate(completeTaskUpdate, { ...request, updateId: `other-${task.id}` }),
      );
      expect(refusal.type).toBe('TaskNotOpen');
      expect(await handle.result()).toEqual({ status: 'completed', outcome: 'completed' });
      const history = await handle.fetchHistory();
      const closes = writesNamed(history, 'closeTask');
      expect(closes).toHaveLength(1);
      const row = await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } });
      expect(row).toMatchObject({ status: 'completed', completedById: nurse, answers: { chairRiseSeconds: 9 } });
    });
  });

  it('refuses answers that break the form with the field, and records nothing', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(await h.publish(skeletonDefinition()), await h.createPatient());
      const task = await h.openTask(journeyId);
      const refusal = await updateRefusal(
        handle.executeUpdate(completeTaskUpdate, {
          args: [{ taskId: task.id, answers: { chairRiseSeconds: 500 }, completedBy: nurse }],
        }),
      );
      expect(refusal.type).toBe('InvalidAnswers');
      const [errors] = refusal.details as [{ field: string }[]];
      expect(errors[0]!.field).toBe('chairRiseSeconds');
      const history = (await handle.fetchHistory()).events!;
      expect(history.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(0);
      expect(history.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'closeTask')).toEqual(
        [],
      );
      expect((await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe('open');
      expect((await handle.query(journeyStateQuery)).answers).toEqual({});
      await handle.signal(cancelJourneySignal, { reason: 'fin du test', cancelledBy: nurse });
      await handle.result();
    });
  });

  it('a journey cancelled with a task open ends cleanly and cancels the task', async () => {
    const h = harness();
    const coordinator = await h.createUser('IDE');
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(await h.publish(skeletonDefinition()), await h.createPatient());
      const task = await h.openTask(journeyId);
      await handle.signal(cancelJourneySignal, { reason: 'déménagement', cancelledBy: coordinator });
      expect(await handle.result()).toEqual({ status: 'cancelled', outcome: 'cancelled' });
      expect(await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
        status: 'cancelled',
        cancelReason: 'déménagement',
      });
      expect(await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).toMatchObject({
        status: 'cancelled',
        endReason: 'déménagement',
      });
    });
  });

  it('a journey cancelled mid-wait ends at once, with the workflow time as endedAt', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(await h.publish(skeletonDefinition()), await h.createPatient());
      const task = await h.openTask(journeyId);
      await handle.executeUpdate(completeTaskUpdate, {
        args: [{ taskId: task.id, answers: { chairRiseSeconds: 9 }, completedBy: nurse }],
      });
      await eventually(async () => (await handle.query(journeyStateQuery)).currentStep === 'recall', 'the wait');
      await h.env.sleep('30 days');
      await handle.signal(cancelJourneySignal, { reason: 'décès', cancelledBy: nurse });
      expect(await handle.result()).toEqual({ status: 'cancelled', outcome: 'cancelled' });
      const journey = await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } });
      expect(journey).toMatchObject({ status: 'cancelled', currentStep: 'recall', outcome: 'cancelled' });
      expect(journey.endedAt!.getTime() - journey.startedAt.getTime()).toBeGreaterThanOrEqual(30 * DAY);
      expect(await h.prisma.task.count({ where: { journeyId, status: 'open' } })).toBe(0);
    });
  });
});
