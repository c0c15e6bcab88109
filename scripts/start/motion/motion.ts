// Sets the demo CPTS in motion through the real workflow: journeys started with the typed start function (by the demo
// coordinator), tasks completed with the completeTask Update by the demo professional they are for, cancellations
// signalled with a reason. Idempotent: each slot of the plan has a fixed journey id, so a second run finds its journeys
// and only finishes what an interrupted run left undone; it never starts a duplicate.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client, WorkflowHandle } from '@temporalio/client';
import type { ParcoursDefinition } from '@parcours/rules';
import {
  cancelJourneySignal,
  completeTaskUpdate,
  journeyStateQuery,
  journeyWorkflowId,
  startJourney,
  type JourneyState,
  type PinnedDefinition,
} from '@parcours/worker';
import type { PrismaClient } from '@parcours/db';
import { demoActors, publishedDefinitions, type DemoActors } from './motion-context.ts';
import { demoJourneyPlan, type DemoJourneySlot } from './motion-plan.ts';
import { demoPatientsInSeedOrder, pickPatient } from './motion-patients.ts';
import { stableUuid } from '@parcours/db/seed';

export interface DemoMotionOptions {
  prisma: PrismaClient;
  temporal: Client;
  taskQueue: string;
  /** False only on a server without the Parcours* search attributes. */
  searchAttributes?: boolean;
  /** How many demo patients the seed wrote (seedDemo's `patients`). */
  patients?: number;
  plan?: DemoJourneySlot[];
  now?: Date;
}

export interface DemoMotionReport {
  started: number;
  tasksCompleted: number;
  cancelled: number;
  /** Slots with no eligible demo patient (e.g. no recent discharge left in an old ./data). */
  skipped: number;
}

export const demoJourneyId = (slot: number) => stableUuid('demo-journey', slot);

export async function setDemoInMotion(options: DemoMotionOptions): Promise<DemoMotionReport> {
  const { prisma } = options;
  const plan = options.plan ?? demoJourneyPlan;
  const now = options.now ?? new Date();
  const report: DemoMotionReport = { started: 0, tasksCompleted: 0, cancelled: 0, skipped: 0 };
  const actors = await demoActors(prisma);
  const definitions = await publishedDefinitions(prisma, [...new Set(plan.map((s) => s.parcoursKey))]);
  const existing = new Map(
    (await prisma.journey.findMany({ where: { id: { in: plan.map((_, i) => demoJourneyId(i)) } } })).map((j) => [
      j.id,
      j,
    ]),
  );

  // Patients are chosen one slot after the other so the choice is the same on every machine.
  const patients = await demoPatientsInSeedOrder(prisma, options.patients ?? 200);
  const taken = new Set([...existing.values()].map((j) => `${j.parcoursKey}/${j.patientId}`));
  const targets: { slot: DemoJourneySlot; journeyId: string; patientId: string; existing: boolean }[] = [];
  for (const [i, slot] of plan.entries()) {
    const journeyId = demoJourneyId(i);
    const row = existing.get(journeyId);
    const definition = definitions.get(slot.parcoursKey);
    const patientId =
      row?.patientId ?? (definition && (await pickPatient(prisma, patients, definition.body, taken, now, i * 7)));
    if (!patientId) report.skipped++;
    else targets.push({ slot, journeyId, patientId, existing: Boolean(row) });
  }

  await inPool(targets, 6, async ({ slot, journeyId, patientId, existing: found }) => {
    const definition = definitions.get(slot.parcoursKey)!;
    const handle = found
      ? options.temporal.workflow.getHandle(journeyWorkflowId(definition.key, patientId))
      : await start(options, definition, journeyId, patientId, actors.coordinator, report);
    if (!handle) return;
    await advance(handle, definition.body, slot, actors, report);
  });
  return report;
}

async function start(
  options: DemoMotionOptions,
  definition: PinnedDefinition,
  journeyId: string,
  patientId: string,
  coordinator: string,
  report: DemoMotionReport,
): Promise<WorkflowHandle | null> {
  const started = await startJourney(options.temporal, {
    prisma: options.prisma,
    taskQueue: options.taskQueue,
    journeyId,
    patientId,
    definition,
    startedBy: coordinator,
    searchAttributes: options.searchAttributes ?? true,
  });
  if (started.status === 'started') {
    report.started++;
    return started.handle;
  }
  // pickPatient passes over objecting patients; one who objected since an interrupted run is left alone.
  if (started.status === 'objecting') return null;
  // Ours if a previous run started it and stopped before its projection row was written; otherwise a person
  // enrolled this patient meanwhile, and that journey is theirs to move.
  const handle = options.temporal.workflow.getHandle(started.workflowId);
  const state = await handle.query(journeyStateQuery);
  return state.journeyId === journeyId ? handle : null;
}

/** Completes the scripted tasks one after the other, then cancels if the slot says so. */
async function advance(
  handle: WorkflowHandle,
  definition: ParcoursDefinition,
  slot: DemoJourneySlot,
  actors: DemoActors,
  report: DemoMotionReport,
): Promise<void> {
  for (;;) {
    const state = await settled(handle, definition);
    if (!state) return;
    const task = state.openTasks.find((t) => t.stepId === state.currentStep);
    const answers = task && task.iteration === 0 ? slot.answers[task.stepId] : undefined;
    if (!task || !answers) break;
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: task.taskId, answers, completedBy: actors.for(task.assignee) }],
      updateId: `demo:${task.taskId}`,
    });
    report.tasksCompleted++;
  }
  if (slot.cancel) {
    await handle.signal(cancelJourneySignal, { reason: slot.cancel, cancelledBy: actors.coordinator });
    await handle.result();
    report.cancelled++;
  }
}

/**
 * The running journey's state once it rests: on a task whose row is open, in a wait, on a pending decision; null once
 * it has ended. Right after an update the workflow may still be between steps (the next task not yet opened).
 */
async function settled(handle: WorkflowHandle, definition: ParcoursDefinition): Promise<JourneyState | null> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if ((await handle.describe()).status.name !== 'RUNNING') return null;
    // A query fails while no worker has the workflow (a worker still starting): ask again until the deadline.
    const state = await handle.query(journeyStateQuery).catch((error: unknown) => {
      if (Date.now() > deadline) throw error;
      return null;
    });
    if (state?.status && state.status !== 'running') return null;
    const step = state && definition.steps.find((s) => s.id === state.currentStep);
    const resting =
      step?.type === 'wait' ||
      (step?.type === 'decision' && Boolean(state?.pendingDecision)) ||
      (step?.type === 'task' && state?.openTasks.some((t) => t.stepId === step.id));
    if (state && resting) return state;
    if (Date.now() > deadline)
      throw new Error(`Journey ${handle.workflowId} did not settle (at ${state?.currentStep})`);
    await sleep(state ? 100 : 1000);
  }
}

/** Runs `fn` over `items`, at most `size` at a time (the dev server and the worker share two cores). */
async function inPool<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(lanes);
}
