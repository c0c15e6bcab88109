// The one way a journey starts, shared by POST /api/journeys and cohort enrolments: the interpreter workflow on the
// pinned definition, under a workflow id derived from parcours and patient so a second start of an open journey is
// refused by Temporal itself (reported as `already`), whoever asks and however many times.
import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { ParcoursDefinition } from '@parcours/rules';
import { insertJourneyStarts, journeyWorkflowId, startJourneyWorkflow } from '@parcours/worker';
import type { StartAudit } from '@parcours/worker';
import type { ApiDeps } from '../deps.ts';

export interface PublishedDefinition {
  id: string;
  key: string;
  version: number | null;
  hash: string | null;
  title: string;
  body: unknown;
}

export type StartOutcome =
  { status: 'started'; journeyId: string; workflowId: string } | { status: 'already'; workflowId: string };

export async function startJourneyFor(
  {
    prisma,
    temporal,
    config,
    temporalSearchAttributes,
  }: Pick<ApiDeps, 'prisma' | 'temporal' | 'config' | 'temporalSearchAttributes'>,
  args: {
    patientId: string;
    definition: PublishedDefinition;
    startedBy: string | null;
    enrolmentId?: string;
    /** Who asked, from where: the journey's `start` audit row is written with its projection row. */
    audit: Omit<StartAudit, 'details'>;
  },
): Promise<StartOutcome> {
  const { definition } = args;
  if (!definition.version || !definition.hash) throw new Error(`Definition ${definition.id} is not published`);
  const journeyId = randomUUID();
  const workflowId = journeyWorkflowId(definition.key, args.patientId);
  try {
    await startJourneyWorkflow(temporal, {
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      journeyId,
      patientId: args.patientId,
      startedBy: args.startedBy,
      enrolmentId: args.enrolmentId ?? null,
      searchAttributes: temporalSearchAttributes ?? true,
      definition: {
        id: definition.id,
        key: definition.key,
        version: definition.version,
        hash: definition.hash,
        body: definition.body as ParcoursDefinition,
      },
    });
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { status: 'already', workflowId };
    throw error;
  }
  // The workflow's first activity writes the same row; whichever runs first writes it with its `start` audit row, in
  // one transaction, the other changes nothing. Written here too so the answer's id is immediately readable.
  await insertJourneyStarts(
    prisma,
    [
      {
        id: journeyId,
        workflowId,
        patientId: args.patientId,
        definitionId: definition.id,
        parcoursKey: definition.key,
        parcoursVersion: definition.version,
        startedById: args.startedBy,
        enrolmentId: args.enrolmentId ?? null,
      },
    ],
    { ...args.audit, details: { parcoursKey: definition.key, version: definition.version } },
  );
  return { status: 'started', journeyId, workflowId };
}

/** The latest published version of a key, or the given version if it is published (retired ones start nothing). */
export function findPublished(prisma: ApiDeps['prisma'], key: string, version?: number) {
  return prisma.parcoursDefinition.findFirst({
    where: { key, status: 'published', ...(version ? { version } : {}) },
    orderBy: { version: 'desc' },
  });
}
