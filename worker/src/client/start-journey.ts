// Starting a journey: the one place that knows the workflow id, memo, search attributes and id policies, so the API,
// enrolments and the benchmark start journeys the same way.
import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import { parcoursJourney } from '../workflows/journey.ts';
import { journeyWorkflowId } from '../workflows/ids.ts';
import { PARCOURS_KEY, PARCOURS_STATUS, PARCOURS_VERSION, PATIENT_ID } from '../workflows/search-attribute-keys.ts';
import type { JourneyInput, PinnedDefinition } from '../workflows/types.ts';
import type { JourneyStartRow } from '../projections/journey-start.ts';
import { journeyInputPayload } from './json-payload.ts';
import { currentObjection, type CurrentObjection, type PrismaClient } from '@parcours/db';

export interface StartJourneyOptions {
  taskQueue: string;
  journeyId: string;
  patientId: string;
  definition: PinnedDefinition;
  startedBy: string | null;
  enrolmentId?: string | null;
  /** False only against a server without the Parcours* search attributes (the time-skipping test server). */
  searchAttributes?: boolean;
  /** Test hook: continue as new past this many history events. */
  continueAsNewAfterEvents?: number;
  /**
   * Eager start (requestEagerStart): the server hands the first workflow task back with the start, to a worker of this
   * process. Only for a client built on the NativeConnection of an in-process worker (the SDK refuses otherwise).
   */
  eager?: boolean;
}

/**
 * Starts the journey workflow. Throws WorkflowExecutionAlreadyStartedError while the patient has an open journey in
 * this parcours; once it has closed (any way), the same patient may be enrolled again.
 */
export function startJourneyWorkflow(
  client: Client,
  options: StartJourneyOptions,
): Promise<WorkflowHandle<typeof parcoursJourney>> {
  const { definition, patientId } = options;
  const searchAttributes = options.searchAttributes ?? true;
  const input: JourneyInput = {
    journeyId: options.journeyId,
    patientId,
    definition,
    startedBy: options.startedBy,
    ...(options.enrolmentId ? { enrolmentId: options.enrolmentId } : {}),
    searchAttributes,
    ...(options.continueAsNewAfterEvents ? { continueAsNewAfterEvents: options.continueAsNewAfterEvents } : {}),
  };
  return client.workflow.start(parcoursJourney, {
    taskQueue: options.taskQueue,
    workflowId: journeyWorkflowId(definition.key, patientId),
    args: [journeyInputPayload(input)],
    memo: { title: definition.body.title.fr, titleEn: definition.body.title.en ?? null, journeyId: options.journeyId },
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
    workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE,
    ...(options.eager ? { requestEagerStart: true } : {}),
    ...(searchAttributes
      ? {
          typedSearchAttributes: [
            { key: PATIENT_ID, value: patientId },
            { key: PARCOURS_KEY, value: definition.key },
            { key: PARCOURS_VERSION, value: definition.version },
            { key: PARCOURS_STATUS, value: 'running' },
          ],
        }
      : {}),
  });
}

export type JourneyStart =
  | {
      status: 'started';
      journeyId: string;
      workflowId: string;
      handle: WorkflowHandle<typeof parcoursJourney>;
      /** The journey's projection row, for insertJourneyStarts (with its `start` audit row). */
      row: JourneyStartRow;
    }
  | { status: 'already'; workflowId: string }
  /** The patient objects to the sharing of their data (CSP L1110-4): nothing was started. */
  | { status: 'objecting'; objection: CurrentObjection };

/**
 * The one way a journey starts (POST /api/journeys, enrolments, the demo motion, the tests): the workflow on the
 * pinned definition under a new journey id unless one is given. A patient who objects to the sharing of their data is
 * reported as `objecting` and nothing starts: the check is here so that no start path can miss it. A patient with an
 * open journey in this parcours is reported as `already`, whoever asks and however many times. The caller writes the
 * returned row with insertJourneyStarts when it wants it readable at once (the workflow's first activity writes it
 * otherwise).
 */
export async function startJourney(
  client: Client,
  options: Omit<StartJourneyOptions, 'journeyId'> & {
    journeyId?: string;
    /** Where the patient's objection is read. */
    prisma: Pick<PrismaClient, 'patientSayEvent'>;
    /** How it is read, when the caller batches the reads of many starts (enrolments); one query otherwise. */
    readObjection?: (patientId: string) => Promise<CurrentObjection | null>;
  },
): Promise<JourneyStart> {
  const journeyId = options.journeyId ?? randomUUID();
  const { definition, patientId, prisma, readObjection, ...rest } = options;
  const objection = await (readObjection ? readObjection(patientId) : currentObjection(prisma, patientId));
  if (objection) return { status: 'objecting', objection };
  const workflowId = journeyWorkflowId(definition.key, patientId);
  try {
    const handle = await startJourneyWorkflow(client, { ...rest, definition, patientId, journeyId });
    const row: JourneyStartRow = {
      id: journeyId,
      workflowId,
      patientId,
      definitionId: definition.id,
      parcoursKey: definition.key,
      parcoursVersion: definition.version,
      startedById: options.startedBy,
      enrolmentId: options.enrolmentId ?? null,
    };
    return { status: 'started', journeyId, workflowId, handle, row };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { status: 'already', workflowId };
    throw error;
  }
}
