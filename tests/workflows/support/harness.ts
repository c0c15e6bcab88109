// A worker harness for workflow tests: the test database, a Prisma client, one shared workflow bundle, a unique task
// queue per harness, published definitions and patients on demand, and journeys started the way the API starts them.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import { bundleWorkflows, createWorker, journeyStateQuery, pinnedDefinition, startJourney } from '@parcours/worker';
import { createPrismaClient, type PrismaClient } from '@parcours/db';
import type { JourneyInput, PinnedDefinition } from '@parcours/worker';
import type { ParcoursDefinition } from '@parcours/rules';

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/** The product bundle, built once per test file (a few seconds each build). */
export function sharedBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflows();
  return bundle;
}

export interface WorkflowHarness {
  env: TestWorkflowEnvironment;
  prisma: PrismaClient;
  taskQueue: string;
  withWorker: <T>(fn: () => Promise<T>) => Promise<T>;
  publish: (body: ParcoursDefinition | Record<string, unknown>, version?: number) => Promise<PinnedDefinition>;
  createPatient: (data?: {
    birthDate?: string;
    conditions?: string[];
    extra?: Record<string, unknown>;
  }) => Promise<string>;
  start: (
    definition: PinnedDefinition,
    patientId: string,
    extra?: Partial<JourneyInput>,
  ) => Promise<{ journeyId: string; handle: WorkflowHandle }>;
  /** A professional user (completedBy and reassignment need real user ids). */
  createUser: (profession?: string) => Promise<string>;
  openTask: (journeyId: string, stepId?: string) => Promise<{ id: string; stepId: string; iteration: number }>;
  close: () => Promise<void>;
}

/**
 * Journeys start without search attributes unless `searchAttributes: true`: the time-skipping test server refuses
 * custom ones ("search attribute ParcoursPatientId is not defined") and has no API to register them; pass true on a
 * dev server started with them (createLocalEnv).
 */
export async function createWorkflowHarness(
  env: TestWorkflowEnvironment,
  databaseUrl: string,
  options: { searchAttributes?: boolean } = {},
): Promise<WorkflowHarness> {
  const prisma = createPrismaClient(databaseUrl);
  const taskQueue = `wf-${randomUUID()}`;
  const workflowBundle = await sharedBundle();

  const handles = new Map<string, WorkflowHandle>();
  /**
   * Whether the journey's workflow holds the task: written by a local activity (local-projection-writes), the row is
   * in the database a moment before the workflow task that opened it is recorded, and the tests then query the
   * workflow or read its history. The query waits for the workflow task in flight. Journeys not started here: true.
   */
  const recorded = async (journeyId: string, taskId: string) => {
    const handle = handles.get(journeyId);
    if (!handle) return true;
    const state = await handle.query(journeyStateQuery).catch(() => null);
    return !!state?.openTasks.some((t) => t.taskId === taskId) || (state !== null && state.status !== 'running');
  };
  const harness: WorkflowHarness = {
    env,
    prisma,
    taskQueue,
    withWorker: async (fn) => {
      const worker = await createWorker({ connection: env.nativeConnection, taskQueue, prisma, workflowBundle });
      return worker.runUntil(fn);
    },
    publish: async (body, version) => {
      const key = (body as { key: string }).key;
      // The integration database is shared by every file: another file may have written versions of a shipped key
      // (the contract fuzzing creates drafts from templates), so a version taken meanwhile is retried with the next.
      for (let attempt = 0; ; attempt++) {
        const latest = await prisma.parcoursDefinition.findFirst({ where: { key }, orderBy: { version: 'desc' } });
        const v = version ?? (latest?.version ?? 0) + 1;
        const hash = `test-${randomUUID()}`;
        try {
          const row = await prisma.parcoursDefinition.create({
            data: {
              key,
              version: v,
              status: 'published',
              title: (body as { title: { fr: string } }).title.fr,
              body: body as object,
              hash,
              publishedAt: new Date(),
            },
          });
          return pinnedDefinition(row)!;
        } catch (error) {
          if (version !== undefined || attempt >= 3 || (error as { code?: string }).code !== 'P2002') throw error;
        }
      }
    },
    createPatient: async (data = {}) => {
      const p = await prisma.patient.create({
        data: {
          firstName: 'Jeanne',
          lastName: `Test-${randomUUID().slice(0, 8)}`,
          birthDate: new Date(`${data.birthDate ?? '1950-03-14'}T00:00:00Z`),
          sex: 'F',
          conditions: data.conditions ?? [],
          extra: (data.extra ?? {}) as object,
        },
      });
      return p.id;
    },
    start: async (definition, patientId, extra = {}) => {
      const started = await startJourney(env.client, {
        prisma,
        taskQueue,
        patientId,
        definition: extra.definition ?? definition,
        startedBy: extra.startedBy ?? null,
        searchAttributes: extra.searchAttributes ?? options.searchAttributes ?? false,
        ...(extra.journeyId ? { journeyId: extra.journeyId } : {}),
        ...(extra.enrolmentId ? { enrolmentId: extra.enrolmentId } : {}),
        ...(extra.continueAsNewAfterEvents ? { continueAsNewAfterEvents: extra.continueAsNewAfterEvents } : {}),
      });
      if (started.status === 'already') throw new Error(`journey ${started.workflowId} is already running`);
      if (started.status === 'objecting') throw new Error(`patient ${patientId} objects to the sharing of their data`);
      handles.set(started.journeyId, started.handle);
      return { journeyId: started.journeyId, handle: started.handle };
    },
    createUser: async (profession = 'IDE') => {
      const id = randomUUID();
      await prisma.user.create({
        data: {
          id,
          email: `pro-${id.slice(0, 8)}@test.cpts.fr`,
          displayName: `Pro ${id.slice(0, 4)}`,
          role: 'professional',
          profession,
        },
      });
      return id;
    },
    openTask: async (journeyId, stepId) => {
      for (let i = 0; i < 200; i++) {
        const task = await prisma.task.findFirst({
          where: { journeyId, status: 'open', ...(stepId ? { stepId } : {}) },
          orderBy: { createdAt: 'desc' },
        });
        if (task && (await recorded(journeyId, task.id))) return task;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`no open task${stepId ? ` at ${stepId}` : ''} for journey ${journeyId}`);
    },
    close: () => prisma.$disconnect(),
  };
  return harness;
}
