// The demo CPTS in motion (what `npm start` runs after the seed): on a real PostgreSQL and a real Temporal dev server
// with the product's worker, the journeys are started and moved forward through the workflow, so every demo
// professional has open tasks, the journey list has running, completed (with an outcome) and cancelled journeys, a
// completed journey's timeline explains its decisions, and within seconds the demo parcours' own timers have reminded,
// made overdue and escalated tasks. A second run changes nothing.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templates, validate } from '@parcours/rules';
import { createWorker, fetchJourneyHistories, journeyHistoryView } from '@parcours/worker';
import { createPrismaClient, type PrismaClient } from '@parcours/db';
import { DEMO_PARCOURS_KEY, demoLogins, demoShortDelaysParcours, seedDemo } from '@parcours/db/seed';
import { hashPassword, patientScope, taskScope } from '@parcours/api';
import { demoJourneyPlan } from '../../scripts/start/motion/motion-plan.ts';
import { setDemoInMotion } from '../../scripts/start/motion/motion.ts';
import { createTestDatabase } from '../support/test-database.ts';
import { createLocalEnv } from '../support/temporal.ts';
import { sharedBundle } from '../workflows/support/harness.ts';

let env: TestWorkflowEnvironment;
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;
const taskQueue = `demo-${randomUUID()}`;

beforeAll(async () => {
  // Its own database: the demo seed writes fixed logins and publishes the shipped keys.
  [db, env] = await Promise.all([createTestDatabase('demo'), createLocalEnv()]);
  prisma = createPrismaClient(db.url);
  await seedDemo(prisma, { templates, patients: 200, hashPassword });
});
afterAll(async () => {
  await prisma?.$disconnect();
  await env?.teardown();
  await db?.drop();
});

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(250);
  }
}

const snapshot = async () => ({
  journeys: await prisma.journey.findMany({
    select: { id: true, status: true, outcome: true, currentStep: true },
    orderBy: { id: 'asc' },
  }),
  tasks: await prisma.task.findMany({
    select: { id: true, status: true, completedById: true, assigneeProfession: true },
    orderBy: { id: 'asc' },
  }),
});

describe('the demo CPTS in motion', () => {
  it('seeds a demo parcours that publishing would accept (outcomes from the controlled list included)', () => {
    expect(validate(demoShortDelaysParcours).errors).toEqual([]);
  });

  it('moves journeys forward through the workflow, lets the timers act, and is idempotent', async () => {
    const workflowBundle = await sharedBundle();
    const worker = await createWorker({ connection: env.nativeConnection, taskQueue, prisma, workflowBundle });
    await worker.runUntil(async () => {
      const first = await setDemoInMotion({ prisma, temporal: env.client, taskQueue });
      expect(first).toMatchObject({ started: demoJourneyPlan.length, skipped: 0 });
      expect(first.tasksCompleted).toBeGreaterThan(20);
      expect(first.cancelled).toBe(demoJourneyPlan.filter((s) => s.cancel).length);

      // Every professional demo login has open tasks in their own worklist scope; the coordinator has some too.
      const users = await prisma.user.findMany({ where: { email: { in: demoLogins.map((u) => u.email) } } });
      for (const user of users.filter((u) => u.role === 'professional')) {
        const principal = { id: user.id, email: user.email, role: user.role, profession: user.profession };
        const open = await prisma.task.count({ where: { AND: [{ status: 'open' }, taskScope(principal)] } });
        expect(open, `${user.email} has open tasks`).toBeGreaterThan(0);
        // …and, scoped to their care teams, patients of their own with journeys to open from the patient list.
        const followed = await prisma.patient.count({
          where: {
            AND: [patientScope(principal), { careTeam: { some: { userId: user.id } } }, { journeys: { some: {} } }],
          },
        });
        expect(followed, `${user.email} follows patients in motion`).toBeGreaterThan(0);
      }
      expect(await prisma.task.count({ where: { status: 'open', assigneeRole: 'coordinator' } })).toBeGreaterThan(0);

      // Running, completed with an outcome, and cancelled with a reason, in the shipped parcours and the demo one.
      const journeys = await prisma.journey.findMany();
      expect(journeys).toHaveLength(demoJourneyPlan.length);
      expect(journeys.filter((j) => j.status === 'running').length).toBeGreaterThan(10);
      const completed = journeys.filter((j) => j.status === 'completed');
      expect(new Set(completed.map((j) => j.outcome))).toEqual(
        new Set(['readmitted', 'referred', 'completed', 'declined']),
      );
      const cancelled = journeys.filter((j) => j.status === 'cancelled');
      expect(cancelled.map((j) => j.endReason).every(Boolean)).toBe(true);
      expect(new Set(cancelled.map((j) => j.parcoursKey)).size).toBe(4);
      const completedTasks = await prisma.task.findMany({ where: { status: 'completed' } });
      expect(completedTasks.every((t) => t.completedById)).toBe(true);

      // The timeline of a readmission explains the decision that led there.
      const readmission = completed.find((j) => j.outcome === 'readmitted')!;
      const view = journeyHistoryView(await fetchJourneyHistories(env.client, readmission.workflowId));
      const warning = view.events.find((e) => e.kind === 'decision' && e.stepId === 'nurse-visit');
      expect(warning?.detail).toMatchObject({ to: 'alert-gp' });
      const chosen = (warning?.detail?.evaluations as { result: boolean; text?: { fr: string } }[])[0];
      expect(chosen).toMatchObject({ result: true, text: { fr: expect.stringContaining('oui') } });

      // The demo parcours' timers: a reminder after 5 s, overdue after 10–20 s, an escalation after 20 s.
      const reminded = await until('a reminder', () =>
        prisma.task.findFirst({ where: { status: 'open', remindedAt: { not: null }, assigneeProfession: 'IDE' } }),
      );
      expect(reminded.stepId).toBe('screening');
      const escalated = await until('an escalation', () =>
        prisma.task.findFirst({ where: { status: 'open', escalatedAt: { not: null } } }),
      );
      expect(escalated).toMatchObject({ stepId: 'gp-review', assigneeRole: 'coordinator', assigneeProfession: null });
      const overdue = await until('overdue tasks', async () => {
        const n = await prisma.task.count({ where: { status: 'open', dueAt: { lt: new Date() } } });
        return n >= 3 && n;
      });
      expect(overdue).toBe(3);
      const demoJourneys = journeys.filter((j) => j.parcoursKey === DEMO_PARCOURS_KEY);
      expect(demoJourneys.filter((j) => j.outcome === 'referred')).toHaveLength(2);

      // A second run over the same data starts nothing, completes nothing, changes nothing.
      const before = await snapshot();
      const second = await setDemoInMotion({ prisma, temporal: env.client, taskQueue });
      expect(second).toEqual({ started: 0, tasksCompleted: 0, cancelled: 0, skipped: 0 });
      expect(await snapshot()).toEqual(before);
    });
  }, 240_000);
});
