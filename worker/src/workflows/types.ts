// Shapes that cross the workflow boundary (workflow input, state, messages). Plain data only: they are recorded in history.
import type { JourneyError, JourneyEventKind, TaskAssigneeTarget } from '@parcours/rules/contract';
import type { AssignmentReason, FormField, ParcoursDefinition } from '@parcours/rules/workflow';

/** The pinned definition a journey runs: never re-read from the database, so a new version cannot alter it. */
export interface PinnedDefinition {
  id: string;
  key: string;
  version: number;
  hash: string;
  body: ParcoursDefinition;
}

export interface JourneyInput {
  journeyId: string;
  patientId: string;
  definition: PinnedDefinition;
  startedBy?: string | null;
  enrolmentId?: string | null;
  /** The journey that started this one through a `subparcours` step. */
  parentJourneyId?: string | null;
  /**
   * Keep the Parcours* search attributes up to date (status at the end). startJourneyWorkflow sets it (default true);
   * absent or false, nothing is upserted: a server without them registered (the time-skipping test server) refuses
   * unknown attributes and would fail every workflow task.
   */
  searchAttributes?: boolean;
  /** History length after which the journey continues as new at the next step boundary (default 10,000 events). */
  continueAsNewAfterEvents?: number;
  /** Set by continue-as-new: where the previous run of the same journey stopped. */
  resume?: JourneyCarryOver;
}

/** What a run hands to the next one when the journey continues as new. */
export interface JourneyCarryOver {
  startedAt: string;
  currentStep: string;
  iterations: Record<string, number>;
  answers: Record<string, Record<string, unknown>>;
  timeline: TimelineEntry[];
  openTasks: OpenTask[];
  pushedFacts: Record<string, unknown>;
  previousOutcome: string | null;
  runIds: string[];
}

export interface TimelineEntry {
  at: string;
  /** The kinds the history view shares, and the state's own (a pending decision, a wait, the end, an error). */
  kind: JourneyEventKind | 'decision-pending' | 'wait' | 'end' | 'error' | 'retried';
  stepId: string;
  detail?: Record<string, unknown>;
}

export interface OpenTask {
  taskId: string;
  stepId: string;
  iteration: number;
  form: FormField[];
  assignee?: TaskAssigneeTarget;
  dueAt?: string | null;
  remindedAt?: string | null;
  escalatedAt?: string | null;
}

/** A decision that took only its default transition and waits for pushed facts (`reevaluate.onFacts`). */
export interface PendingDecision {
  stepId: string;
  since: string;
  until: string;
  evaluations: number;
}

export interface JourneyState {
  journeyId: string;
  parcoursKey: string;
  version: number;
  /** `error`: an activity failed for good; the journey waits for a coordinator's retryFailedStep. */
  status: 'running' | 'completed' | 'cancelled' | 'error';
  currentStep: string;
  outcome: string | null;
  openTasks: OpenTask[];
  answers: Record<string, Record<string, unknown>>;
  iterations: Record<string, number>;
  timeline: TimelineEntry[];
  pendingDecision?: PendingDecision | null;
  pushedFacts?: Record<string, unknown>;
  previousOutcome?: string | null;
  runIds?: string[];
  /** Set while status is `error`: which activity failed, at which step, and why. */
  error?: JourneyErrorDetail | null;
}

/** What coordinators see of a journey held in error (GET /journeys answers it as `error`). */
export type JourneyErrorDetail = JourneyError;

export interface RetryFailedStepInput {
  requestedBy: string;
}

export interface RetryFailedStepResult {
  /** `running` when the retried activity went through, `error` when it failed again. */
  status: JourneyState['status'];
  error: JourneyErrorDetail | null;
}

export interface CompleteTaskInput {
  taskId: string;
  answers: Record<string, unknown>;
  completedBy: string;
}

export interface CompleteTaskResult {
  taskId: string;
  stepId: string;
  nextStep: string | null;
  status: JourneyState['status'];
}

export interface CancelJourneyInput {
  reason: string;
  cancelledBy: string;
}

/** Who a task goes to once its rule is resolved (one definition, shared with the API contract). */
export type { TaskAssigneeTarget };

/** Whom a rule sent a task (or an escalation) to on the day it went out, and why (recorded in the history). */
export interface ResolvedAssignee {
  assignee: TaskAssigneeTarget;
  assignment: AssignmentReason;
}

/** What openTask answers; histories recorded before assignment rules carry the task id only. */
export type OpenedTask = { taskId: string } & ResolvedAssignee;

export interface ReassignTaskInput {
  taskId: string;
  to: TaskAssigneeTarget;
  reassignedBy: string;
  reason?: string;
}

export interface ReassignTaskResult {
  taskId: string;
  to: TaskAssigneeTarget;
}

/**
 * New facts about the patient pushed by the API (a new HbA1c, a readmission). They are recorded in the journey's
 * history; a decision step that the definition marks as re-evaluated on new facts is evaluated again.
 */
export interface PushFactsInput {
  facts: Record<string, unknown>;
  pushedBy: string;
  source?: string;
}

export interface PushFactsResult {
  /** True when a pending decision was evaluated again because of these facts. */
  reevaluated: boolean;
  currentStep: string;
  status: JourneyState['status'];
}
