// The mutable state of one run of a journey, shared by the message handlers and the step handlers. Plain data only:
// the query returns it and continue-as-new carries it to the next run.
import { workflowInfo } from '@temporalio/workflow';
import type { Step } from '@parcours/rules/workflow';
import { effects } from './proxies.ts';
import { recoverableEffects } from './recoverable.ts';
import type { CancelJourneyInput, CompleteTaskInput, JourneyInput, JourneyState, TimelineEntry } from './types.ts';

export interface JourneyRun {
  input: JourneyInput;
  state: JourneyState;
  steps: Map<string, Step>;
  startedAt: Date;
  /** Completions accepted by the update handler, by task id, waiting for the task step to pick them up. */
  accepted: Map<string, CompleteTaskInput>;
  cancelRequest: CancelJourneyInput | null;
  /** Bumped on each pushFacts; a pending decision re-evaluates when it moves past `factsEvaluated`. */
  factsVersion: number;
  factsEvaluated: number;
  stepsEntered: number;
  /**
   * openTask activities in flight. Their Task rows are already in the worklists before the workflow learns the task
   * id (after a worker crash, the activity's result and a completion may even arrive in the same workflow task), so a
   * completion of an unknown task is held while one is opening instead of refused.
   */
  tasksOpening: number;
  /**
   * Runs with local writes, until their first step is entered (its task known). The first step's write (enterStep) is
   * done before the workflow task that ran it is recorded: when that workflow task is lost (worker killed), the next
   * attempt gets the start and a completion of the task already in the worklists together, and the update handlers
   * are installed before the step is entered again. Such a completion is held, as one of a task still opening.
   */
  starting: boolean;
  /** Set while the run drains its handlers before continuing as new. */
  continuing: boolean;
  /** retryFailedStep updates accepted, retries started by the step held in error, and retries whose outcome is known. */
  retryRequests: number;
  retriesStarted: number;
  retriesSettled: number;
  /** The activities the steps call: held in `error` on a permanent failure (recoverable.ts). */
  effects: typeof effects;
  /**
   * The same activities, plain (the message handlers answer their caller with a failure instead): scheduled, or with
   * the projection writes local for runs since LOCAL_WRITES_PATCH (local-writes.ts). Set once the patch is asked.
   */
  writes: typeof effects;
  /** This run writes its projections through local activities and enters each step in one write (enterStep). */
  localWrites: boolean;
  log: (kind: TimelineEntry['kind'], stepId: string, detail?: Record<string, unknown>) => void;
  cancelled: () => boolean;
}

export function createRun(input: JourneyInput): JourneyRun {
  const { definition, resume } = input;
  const state: JourneyState = {
    journeyId: input.journeyId,
    parcoursKey: definition.key,
    version: definition.version,
    status: 'running',
    currentStep: resume?.currentStep ?? definition.body.start,
    outcome: null,
    openTasks: resume?.openTasks ?? [],
    answers: resume?.answers ?? {},
    iterations: resume?.iterations ?? {},
    timeline: resume?.timeline ?? [],
    pendingDecision: null,
    pushedFacts: resume?.pushedFacts ?? {},
    previousOutcome: resume?.previousOutcome ?? null,
    runIds: [...(resume?.runIds ?? []), workflowInfo().runId],
  };
  const run: JourneyRun = {
    input,
    state,
    steps: new Map(definition.body.steps.map((s) => [s.id, s])),
    startedAt: new Date(resume?.startedAt ?? workflowInfo().startTime),
    accepted: new Map(),
    cancelRequest: null,
    factsVersion: 0,
    factsEvaluated: 0,
    stepsEntered: 0,
    tasksOpening: 0,
    starting: false,
    continuing: false,
    retryRequests: 0,
    retriesStarted: 0,
    retriesSettled: 0,
    effects: undefined as unknown as typeof effects,
    writes: effects,
    localWrites: false,
    log: (kind, stepId, detail) =>
      state.timeline.push({ at: new Date().toISOString(), kind, stepId, ...(detail ? { detail } : {}) }),
    cancelled: () => run.cancelRequest !== null,
  };
  run.effects = recoverableEffects(run);
  return run;
}
