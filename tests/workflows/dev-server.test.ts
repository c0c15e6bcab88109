// On the CLI dev server (the time-skipping server has no list API and refuses custom search attributes): journeys
// started with startJourneyWorkflow carry their memo and search attributes, are listed by them, cannot be started twice
// while open but can after they closed; and the projections are rebuilt from Temporal after the database lost them.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cancelJourneySignal,
  claimTaskRow,
  completeTaskUpdate,
  journeyStateQuery,
  PARCOURS_KEY,
  PARCOURS_STATUS,
  PARCOURS_VERSION,
  PATIENT_ID,
  rebuildProjections,
  startJourneyWorkflow,
} from '@parcours/worker';
import { createLocalEnv } from '../support/temporal.ts';
import { createWorkflowHarness, type WorkflowHarness } from './support/harness.ts';
import { eventually } from './support/setup.ts';
import { skeletonDefinition } from './support/definitions.ts';

let env: TestWorkflowEnvironment;
let h: WorkflowHarness;
beforeAll(async () => {
  env = await createLocalEnv();
  h = await createWorkflowHarness(env, inject('databaseUrl'), { searchAttributes: true });
});
afterAll(async () => {
  await h?.close();
  await env?.teardown();
});

describe('journeys on the dev server', () => {
  it('starts with memo and search attributes, refuses a second open journey, allows one after it closed', async () => {
    const user = await h.createUser('IDE');
    await h.withWorker(async () => {
      const definition = await h.publish(skeletonDefinition());
      const patientId = await h.createPatient();
      const start = () =>
        startJourneyWorkflow(env.client, {
          taskQueue: h.taskQueue,
          journeyId: randomUUID(),
          patientId,
          definition,
          startedBy: user,
        });
      const handle = await start();
      await h.openTask((await handle.query(journeyStateQuery)).journeyId);
      const described = await handle.describe();
      expect(await described.memo).toMatchObject({ title: definition.body.title.fr });
      const sa = described.typedSearchAttributes;
      expect(sa.get(PATIENT_ID)).toBe(patientId);
      expect(sa.get(PARCOURS_KEY)).toBe(definition.key);
      expect(sa.get(PARCOURS_VERSION)).toBe(1);
      expect(sa.get(PARCOURS_STATUS)).toBe('running');

      const listed = await eventually(async () => {
        const found = [];
        for await (const w of env.client.workflow.list({
          query: `ParcoursPatientId = '${patientId}' AND ParcoursStatus = 'running'`,
        }))
          found.push(w.workflowId);
        return found.length ? found : null;
      }, 'visibility');
      expect(listed).toEqual([handle.workflowId]);

      await expect(start()).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
      await handle.signal(cancelJourneySignal, { reason: 'test', cancelledBy: user });
      await handle.result();
      expect((await handle.describe()).typedSearchAttributes.get(PARCOURS_STATUS)).toBe('cancelled');
      const again = await start();
      expect(again.workflowId).toBe(handle.workflowId);
      await again.signal(cancelJourneySignal, { reason: 'test', cancelledBy: user });
      await again.result();
    });
  });

  it('rebuilds Journey and Task rows from Temporal, idempotently', async () => {
    const user = await h.createUser('IDE');
    await h.withWorker(async () => {
      const definition = await h.publish(skeletonDefinition());
      const patientId = await h.createPatient();
      const journeyId = randomUUID();
      const handle = await startJourneyWorkflow(env.client, {
        taskQueue: h.taskQueue,
        journeyId,
        patientId,
        definition,
        startedBy: user,
      });
      const task = await h.openTask(journeyId);
      await handle.executeUpdate(completeTaskUpdate, {
        args: [{ taskId: task.id, answers: { chairRiseSeconds: 30 }, completedBy: user }],
      });
      expect(await handle.result()).toEqual({ status: 'completed', outcome: 'referred' });
      const running = await startJourneyWorkflow(env.client, {
        taskQueue: h.taskQueue,
        journeyId: randomUUID(),
        patientId: await h.createPatient(),
        definition,
        startedBy: user,
      });
      const runningId = (await running.query(journeyStateQuery)).journeyId;
      const openTask = await h.openTask(runningId);

      // The database lost the projections' latest writes (restored from an old backup).
      await h.prisma.task.deleteMany({ where: { journeyId: { in: [journeyId, runningId] } } });
      await h.prisma.journey.updateMany({
        where: { id: { in: [journeyId, runningId] } },
        data: { status: 'running', outcome: null, currentStep: null, endedAt: null },
      });
      const query = `WorkflowType='parcoursJourney' AND ParcoursKey='${definition.key}'`;
      await eventually(async () => {
        let n = 0;
        for await (const _ of env.client.workflow.list({ query })) n++;
        return n === 2;
      }, 'both journeys listed');
      for (let pass = 0; pass < 2; pass++) {
        const report = await rebuildProjections(env.client, h.prisma, { query });
        expect(report).toEqual({ journeys: 2, tasks: 2, failed: [] });
      }
      expect(await h.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).toMatchObject({
        status: 'completed',
        outcome: 'referred',
        currentStep: 'referred',
      });
      expect(await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
        status: 'completed',
        completedById: user,
        answers: { chairRiseSeconds: 30 },
        assigneeProfession: 'IDE',
      });
      expect(await h.prisma.journey.findUniqueOrThrow({ where: { id: runningId } })).toMatchObject({
        status: 'running',
        currentStep: 'screening',
      });
      expect(await h.prisma.task.findUniqueOrThrow({ where: { id: openTask.id } })).toMatchObject({ status: 'open' });
      await running.signal(cancelJourneySignal, { reason: 'test', cancelledBy: user });
      await running.result();
    });
  });

  it('keeps a claim through a rebuild: the claimed task stays with the professional who took it', async () => {
    const nurse = await h.createUser('IDE');
    await h.withWorker(async () => {
      const definition = await h.publish(skeletonDefinition());
      const { journeyId, handle } = await h.start(definition, await h.createPatient());
      const task = await h.openTask(journeyId);
      expect(await claimTaskRow(h.prisma, task.id, nurse)).toBe(true);
      const claimed = await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } });
      const query = `WorkflowType='parcoursJourney' AND ParcoursKey='${definition.key}'`;
      await eventually(async () => {
        for await (const _ of env.client.workflow.list({ query })) return true;
        return false;
      }, 'journey listed');
      expect(await rebuildProjections(env.client, h.prisma, { query })).toEqual({ journeys: 1, tasks: 1, failed: [] });
      expect(await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
        status: 'open',
        assigneeProfession: 'IDE',
        assigneeRole: 'professional',
        assigneeUserId: nurse,
        claimedAt: claimed.claimedAt,
      });
      await handle.signal(cancelJourneySignal, { reason: 'test', cancelledBy: nurse });
      await handle.result();
    });
  });

  it('rebuilds a care-team task for the patient’s GP, with the reason the rule gave', async () => {
    const gp = await h.createUser('MG');
    const patientId = await h.createPatient();
    await h.prisma.careTeamMember.create({
      data: { patientId, userId: gp, role: 'medecin-traitant', profession: 'MG', startDate: new Date('2020-01-01') },
    });
    const base = skeletonDefinition();
    const rule = { careTeam: 'MG', fallback: [{ role: 'coordinator' }] };
    const body = { ...base, steps: base.steps.map((s) => (s.type === 'task' ? { ...s, assignee: rule } : s)) };
    await h.withWorker(async () => {
      const definition = await h.publish(body);
      const { journeyId, handle } = await h.start(definition, patientId);
      const task = await h.openTask(journeyId);
      const before = await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } });
      expect(before).toMatchObject({ assigneeUserId: gp, assignment: { rule, reason: { kind: 'care-team' } } });
      await h.prisma.task.deleteMany({ where: { journeyId } });
      const query = `WorkflowType='parcoursJourney' AND ParcoursKey='${definition.key}'`;
      await eventually(async () => {
        for await (const _ of env.client.workflow.list({ query })) return true;
        return false;
      }, 'journey listed');
      expect(await rebuildProjections(env.client, h.prisma, { query })).toEqual({ journeys: 1, tasks: 1, failed: [] });
      expect(await h.prisma.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
        status: 'open',
        assigneeUserId: gp,
        assigneeProfession: null,
        assigneeRole: 'professional',
        claimedAt: null,
        assignment: before.assignment,
      });
      await handle.signal(cancelJourneySignal, { reason: 'test', cancelledBy: gp });
      await handle.result();
    });
  });
});
