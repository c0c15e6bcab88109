// Shapes that cross the workflow boundary (workflow input, state, messages). Plain data only: they are recorded in history.
import type { FormField, ParcoursDefinition } from '@parcours/rules/workflow';

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
}

export interface TimelineEntry {
  at: string;
  kind: 'step' | 'task-opened' | 'task-completed' | 'decision' | 'wait' | 'notify' | 'end' | 'cancelled';
  stepId: string;
  detail?: Record<string, unknown>;
}

export interface OpenTask {
  taskId: string;
  stepId: string;
  iteration: number;
  form: FormField[];
}

export interface JourneyState {
  journeyId: string;
  parcoursKey: string;
  version: number;
  status: 'running' | 'completed' | 'cancelled';
  currentStep: string;
  outcome: string | null;
  openTasks: OpenTask[];
  answers: Record<string, Record<string, unknown>>;
  iterations: Record<string, number>;
  timeline: TimelineEntry[];
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

/** Who a task goes to: a profession, a role, or one named user (after reassignment). */
export type TaskAssigneeTarget = { profession: string } | { role: string } | { userId: string };

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
