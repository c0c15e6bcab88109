// Pushed facts re-evaluate a pending decision (and are laid over the patient's recorded facts); without a push the
// decision takes its default after its timeout. Subparcours start a child journey for the same patient, waited on
// (its outcome feeds the next decision) or not (it outlives the parent), and an already running one is not an error.
import { describe, expect, it } from 'vitest';
import {
  cancelJourneySignal,
  completeTaskUpdate,
  fetchJourneyHistories,
  journeyHistoryView,
  journeyStateQuery,
  journeyWorkflowId,
  pushFactsUpdate,
} from '@parcours/worker';
import { parentDefinition, pendingDecisionDefinition, skeletonDefinition } from './support/definitions.ts';
import { eventually, useTimeSkippingHarness } from './support/setup.ts';

const harness = useTimeSkippingHarness();

describe('pushed facts', () => {
  it('re-evaluate a pending decision on each push until a branch holds', async () => {
    const h = harness();
    const coordinator = await h.createUser('IDE');
    await h.withWorker(async () => {
      const patientId = await h.createPatient({ extra: { hba1c: 6.1, ldl: 1.2 } });
      const { handle } = await h.start(await h.publish(pendingDecisionDefinition()), patientId);
      const pending = await eventually(async () => (await handle.query(journeyStateQuery)).pendingDecision);
      expect(pending).toMatchObject({ stepId: 'check', evaluations: 1 });

      const push = (hba1c: number) =>
        handle.executeUpdate(pushFactsUpdate, {
          args: [{ facts: { extra: { hba1c } }, pushedBy: coordinator, source: 'laboratoire' }],
        });
      expect(await push(6.5)).toEqual({ reevaluated: true, currentStep: 'check', status: 'running' });
      expect((await handle.query(journeyStateQuery)).pendingDecision).toMatchObject({ evaluations: 2 });
      expect(await push(8.1)).toMatchObject({ reevaluated: true, currentStep: 'review' });
      expect(await handle.result()).toEqual({ status: 'completed', outcome: 'referred' });

      const view = journeyHistoryView(await fetchJourneyHistories(h.env.client, handle.workflowId));
      const decisions = view.events.filter((e) => e.kind === 'decision');
      expect(decisions.map((d) => d.detail!.to)).toEqual(['stable', 'stable', 'review']);
      // Pushed facts are laid over the recorded ones: the other extra facts are still there.
      expect(decisions[2]!.detail!.facts).toMatchObject({ patient: { extra: { hba1c: 8.1, ldl: 1.2 } } });
      expect(view.events.filter((e) => e.kind === 'facts-pushed').map((e) => e.actor?.id)).toEqual([
        coordinator,
        coordinator,
      ]);
      // A closed journey takes no more facts (Temporal refuses updates to a closed workflow).
      await expect(push(9)).rejects.toThrow();
    });
  });

  it('take the default branch once the timeout passed without a push', async () => {
    const h = harness();
    await h.withWorker(async () => {
      const { handle } = await h.start(await h.publish(pendingDecisionDefinition()), await h.createPatient());
      const before = await h.env.currentTimeMs();
      expect(await handle.result()).toEqual({ status: 'completed', outcome: 'completed' });
      expect((await h.env.currentTimeMs()) - before).toBeGreaterThanOrEqual(89 * 86_400_000);
    });
  });

  it('answer reevaluated: false when no decision is pending', async () => {
    const h = harness();
    const user = await h.createUser('IDE');
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(await h.publish(skeletonDefinition()), await h.createPatient());
      await h.openTask(journeyId);
      const result = await handle.executeUpdate(pushFactsUpdate, { args: [{ facts: { hba1c: 7 }, pushedBy: user }] });
      expect(result).toEqual({ reevaluated: false, currentStep: 'screening', status: 'running' });
      expect((await handle.query(journeyStateQuery)).pushedFacts).toEqual({ hba1c: 7 });
      await handle.signal(cancelJourneySignal, { reason: 'test', cancelledBy: user });
      await handle.result();
    });
  });
});

describe('subparcours', () => {
  it('waits for the child journey and branches on its outcome', async () => {
    const h = harness();
    const nurse = await h.createUser('IDE');
    await h.withWorker(async () => {
      const child = await h.publish(skeletonDefinition());
      const patientId = await h.createPatient();
      const { handle } = await h.start(await h.publish(parentDefinition(child.key, true)), patientId);
      const childJourney = await eventually(() =>
        h.prisma.journey.findFirst({ where: { patientId, parcoursKey: child.key } }),
      );
      expect(childJourney.workflowId).toBe(journeyWorkflowId(child.key, patientId));
      const task = await h.openTask(childJourney.id);
      await h.env.client.workflow.getHandle(childJourney.workflowId).executeUpdate(completeTaskUpdate, {
        args: [{ taskId: task.id, answers: { chairRiseSeconds: 25 }, completedBy: nurse }],
      });
      expect(await handle.result()).toEqual({ status: 'completed', outcome: 'referred' });
      const state = await handle.query(journeyStateQuery);
      expect(state.previousOutcome).toBe('referred');
      expect(await h.prisma.journey.findUniqueOrThrow({ where: { id: childJourney.id } })).toMatchObject({
        status: 'completed',
        outcome: 'referred',
      });
    });
  });

  it('starts the child without waiting; the child outlives its parent', async () => {
    const h = harness();
    const user = await h.createUser('IDE');
    await h.withWorker(async () => {
      const child = await h.publish(skeletonDefinition());
      const patientId = await h.createPatient();
      const { handle } = await h.start(await h.publish(parentDefinition(child.key, false)), patientId);
      // Polled, not awaited through result(): that unlocks time skipping, and the test server then jumps to a
      // default execution timeout it gives child workflows (checked: the child ends TIMED_OUT), which a real server
      // does not have.
      await eventually(async () => (await handle.describe()).status.name === 'COMPLETED', 'the parent ends');
      expect(await handle.query(journeyStateQuery)).toMatchObject({ status: 'completed', outcome: 'completed' });
      const childHandle = h.env.client.workflow.getHandle(journeyWorkflowId(child.key, patientId));
      expect((await childHandle.describe()).status.name).toBe('RUNNING');
      await childHandle.signal(cancelJourneySignal, { reason: 'test', cancelledBy: user });
      expect(await childHandle.result()).toEqual({ status: 'cancelled', outcome: 'cancelled' });
    });
  });

  it('records a child journey already running for the patient and moves on', async () => {
    const h = harness();
    const user = await h.createUser('IDE');
    await h.withWorker(async () => {
      const child = await h.publish(skeletonDefinition());
      const patientId = await h.createPatient();
      const running = await h.start(child, patientId);
      const { handle } = await h.start(await h.publish(parentDefinition(child.key, true)), patientId);
      expect(await handle.result()).toEqual({ status: 'completed', outcome: 'completed' });
      const state = await handle.query(journeyStateQuery);
      expect(state.timeline.find((e) => e.kind === 'subparcours')?.detail).toMatchObject({ alreadyRunning: true });
      await running.handle.signal(cancelJourneySignal, { reason: 'test', cancelledBy: user });
      await running.handle.result();
    });
  });
});
