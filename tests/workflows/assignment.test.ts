// Assignment rules on the time-skipping server: a care-team task goes to the patient's own médecin traitant, to the
// fallback pool when the team has none on the opening day, to the coordination when nobody is reachable, with the
// reason in the journey's state and in the history read back from Temporal; a retried openTask answers what the row
// says; an escalation to a pool and a message to the care team reach the people they name.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ParcoursDefinition } from '@parcours/rules';
import {
  completeTaskUpdate,
  createActivities,
  fetchJourneyHistories,
  journeyHistoryView,
  journeyStateQuery,
  resolveRecipientEmails,
} from '@parcours/worker';
import { skeletonDefinition } from './support/definitions.ts';
import { createPool } from './support/pools.ts';
import { eventually, useTimeSkippingHarness } from './support/setup.ts';

const harness = useTimeSkippingHarness();

/** A consultation by the patient's GP (else the pool), escalated to `escalationPool`, then a message to the GP. */
function consultation(pool: string, escalationPool: string): ParcoursDefinition {
  return {
    key: `mt-${randomUUID().slice(0, 8)}`,
    title: { fr: 'Consultation du médecin traitant' },
    eligibility: { all: [{ fact: 'patient', path: '$.age', operator: 'greaterThanInclusive', value: 18 }] },
    start: 'consult',
    steps: [
      {
        id: 'consult',
        type: 'task',
        title: { fr: 'Consultation' },
        assignee: { careTeam: 'MG', fallback: [{ pool }] },
        due: 'P14D',
        escalation: { after: 'P21D', to: { pool: escalationPool } },
        form: [{ id: 'seen', type: 'boolean', label: { fr: 'Patient vu' } }],
        next: [{ to: 'tell' }],
      },
      {
        id: 'tell',
        type: 'notify',
        to: { careTeam: 'MG', fallback: [{ pool }] },
        message: { fr: 'Consultation faite' },
        next: [{ to: 'done' }],
      },
      { id: 'done', type: 'end', outcome: 'completed' },
    ],
  } as ParcoursDefinition;
}

const row = (task: { id: string }) => harness().prisma.task.findUniqueOrThrow({ where: { id: task.id } });

async function addToTeam(patientId: string, userId: string, role: string, startDate: string, endDate?: string) {
  await harness().prisma.careTeamMember.create({
    data: {
      patientId,
      userId,
      role,
      profession: 'MG',
      startDate: new Date(`${startDate}T00:00:00Z`),
      endDate: endDate ? new Date(`${endDate}T00:00:00Z`) : null,
    },
  });
}

describe('assignment rules', () => {
  it('opens a care-team task for the médecin traitant, with the reason in state and history, and keeps it on retry', async () => {
    const h = harness();
    const [gp, otherGp, nurse] = [await h.createUser('MG'), await h.createUser('MG'), await h.createUser('IDE')];
    const pool = await createPool(h.prisma, [nurse]);
    const patientId = await h.createPatient();
    await addToTeam(patientId, otherGp, 'intervenant', '2019-01-01');
    await addToTeam(patientId, gp, 'medecin-traitant', '2022-01-01');
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(await h.publish(consultation(pool, pool)), patientId);
      const task = await row(await h.openTask(journeyId, 'consult'));
      expect(task).toMatchObject({ assigneeUserId: gp, assigneeProfession: null, assigneePoolKey: null });
      const reason = { kind: 'care-team', careTeam: 'MG', memberRole: 'medecin-traitant' };
      expect(task.assignment).toEqual({ rule: { careTeam: 'MG', fallback: [{ pool }] }, reason });

      // The row is written before the workflow hears the activity's answer.
      const state = await eventually(async () => {
        const s = await handle.query(journeyStateQuery);
        return s.openTasks.length ? s : null;
      });
      expect(state.openTasks[0]).toMatchObject({ taskId: task.id, assignee: { userId: gp } });
      expect(state.timeline.find((e) => e.kind === 'task-opened')?.detail).toMatchObject({
        assignee: { userId: gp },
        assignment: reason,
      });

      // A retried activity after the team changed: the row wins, the task does not move.
      await h.prisma.careTeamMember.updateMany({ where: { patientId, userId: gp }, data: { endDate: new Date() } });
      const again = await createActivities({ prisma: h.prisma }).openTask({
        journeyId,
        stepId: 'consult',
        iteration: 0,
        title: { fr: 'Consultation' },
        assignee: { careTeam: 'MG', fallback: [{ pool }] },
        form: [],
        dueAt: null,
      });
      expect(again).toEqual({ taskId: task.id, assignee: { userId: gp }, assignment: reason });

      await handle.executeUpdate(completeTaskUpdate, {
        args: [{ taskId: task.id, answers: { seen: true }, completedBy: gp }],
      });
      expect(await handle.result()).toEqual({ status: 'completed', outcome: 'completed' });
      // The médecin traitant's period ended today, before the message went out: the other GP of the team gets it.
      const message = await h.prisma.outboxMessage.findFirstOrThrow({ where: { journeyId, stepId: 'tell' } });
      expect(message.recipient).toEqual({ userId: otherGp });
      expect(await resolveRecipientEmails(h.prisma, message.recipient)).toEqual([
        `pro-${otherGp.slice(0, 8)}@test.cpts.fr`,
      ]);

      const view = journeyHistoryView(await fetchJourneyHistories(h.env.client, handle.workflowId));
      expect(view.events.find((e) => e.kind === 'task-opened')?.detail).toMatchObject({
        taskId: task.id,
        rule: { careTeam: 'MG', fallback: [{ pool }] },
        assignee: { userId: gp },
        assignment: reason,
      });
      expect(view.events.find((e) => e.kind === 'notify')?.detail).toMatchObject({
        recipient: { userId: otherGp },
        assignment: { kind: 'care-team', careTeam: 'MG', memberRole: 'intervenant' },
      });
    });
  });

  it('sends the task to the pool when the team has no current GP, and to the coordination when nobody is reachable', async () => {
    const h = harness();
    const [formerGp, member, gone] = [await h.createUser('MG'), await h.createUser('IDE'), await h.createUser('IDE')];
    const pool = await createPool(h.prisma, [member]);
    await h.prisma.user.update({ where: { id: gone }, data: { active: false } });
    const emptyPool = await createPool(h.prisma, [gone]);
    const withPast = await h.createPatient();
    await addToTeam(withPast, formerGp, 'medecin-traitant', '2015-01-01', '2020-01-01');
    await h.withWorker(async () => {
      const first = await h.start(await h.publish(consultation(pool, pool)), withPast);
      const toPool = await row(await h.openTask(first.journeyId, 'consult'));
      expect(toPool).toMatchObject({ assigneePoolKey: pool, assigneeUserId: null, assigneeRole: 'professional' });
      expect((toPool.assignment as { reason: unknown }).reason).toEqual({
        kind: 'fallback',
        careTeam: 'MG',
        index: 0,
        skipped: [],
      });

      const second = await h.start(await h.publish(consultation(emptyPool, pool)), await h.createPatient());
      const toCoordination = await row(await h.openTask(second.journeyId, 'consult'));
      expect(toCoordination).toMatchObject({
        assigneeRole: 'coordinator',
        assigneePoolKey: null,
        assigneeUserId: null,
      });
      expect((toCoordination.assignment as { reason: unknown }).reason).toEqual({
        kind: 'unreachable',
        careTeam: 'MG',
        skipped: [{ index: 0, because: 'pool-empty' }],
      });
      const view = journeyHistoryView(await fetchJourneyHistories(h.env.client, second.handle.workflowId));
      expect(view.events.find((e) => e.kind === 'task-opened')?.detail).toMatchObject({
        assignee: { role: 'coordinator' },
        assignment: { kind: 'unreachable' },
      });
      for (const j of [first, second]) await j.handle.terminate('fin du test');
    });
  });

  it('escalates to a pool, whose members the alert reaches', async () => {
    const h = harness();
    const [member, referent] = [await h.createUser('IDE'), await h.createUser('IDE')];
    const pool = await createPool(h.prisma, [member]);
    const escalationPool = await createPool(h.prisma, [referent]);
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(
        await h.publish(consultation(pool, escalationPool)),
        await h.createPatient(),
      );
      const task = await row(await h.openTask(journeyId, 'consult'));
      expect(task.assigneePoolKey).toBe(pool);
      // Skip time once the workflow holds the task (its timers are set), not while openTask is still answering.
      await eventually(async () => (await handle.query(journeyStateQuery)).openTasks.length > 0);
      await h.env.sleep('22 days');
      const escalated = await eventually(() =>
        h.prisma.task.findFirst({ where: { id: task.id, escalatedAt: { not: null } } }),
      );
      expect(escalated).toMatchObject({ assigneePoolKey: escalationPool, assigneeUserId: null });
      expect((escalated.assignment as { reason: unknown }).reason).toEqual({ kind: 'rule' });
      const alert = await h.prisma.outboxMessage.findFirstOrThrow({
        where: { journeyId, stepId: 'consult#escalation' },
      });
      expect(alert.recipient).toEqual({ pool: escalationPool });
      expect(await resolveRecipientEmails(h.prisma, alert.recipient)).toEqual([
        `pro-${referent.slice(0, 8)}@test.cpts.fr`,
      ]);
      const state = await handle.query(journeyStateQuery);
      expect(state.openTasks[0]?.assignee).toEqual({ pool: escalationPool });
      const view = journeyHistoryView(await fetchJourneyHistories(h.env.client, handle.workflowId));
      expect(view.events.find((e) => e.kind === 'escalation')?.detail).toMatchObject({
        to: { pool: escalationPool },
        assignee: { pool: escalationPool },
        assignment: { kind: 'rule' },
      });
      await handle.terminate('fin du test');
    });
  });

  it('keeps opening plain profession tasks as before (migration)', async () => {
    const h = harness();
    await h.withWorker(async () => {
      const { journeyId, handle } = await h.start(await h.publish(skeletonDefinition()), await h.createPatient());
      const task = await row(await h.openTask(journeyId));
      expect(task).toMatchObject({ assigneeProfession: 'IDE', assigneeRole: 'professional', assigneeUserId: null });
      expect(task.assignment).toEqual({ rule: { profession: 'IDE' }, reason: { kind: 'rule' } });
      await handle.terminate('fin du test');
    });
  });
});
