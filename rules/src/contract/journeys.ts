// Journeys as GET /journeys answers them, and what the journey endpoints beyond CRUD answer.
import type { LocalizedText } from './common.js';

export type JourneyStatus = 'running' | 'error' | 'completed' | 'cancelled' | 'failed';

/** Why a journey is in `error`: the activity that failed for good, at which step (the workflow records it). */
export interface JourneyError {
  stepId: string;
  activity: string;
  message: string;
  type: string | null;
  at: string;
  /** Retries already asked for this failure. */
  retries: number;
}

export interface Journey<D = string> {
  id: string;
  patientId: string;
  patientName: string;
  parcoursKey: string;
  version: number;
  status: JourneyStatus;
  outcome: string | null;
  outcomeLabel: LocalizedText | null;
  currentStep: string | null;
  currentStepTitle: LocalizedText | null;
  parcoursTitle: LocalizedText;
  startedAt: D;
  endedAt: D | null;
  endReason: string | null;
  /** While status is `error`: which activity failed at which step, and why (retry with POST /journeys/:id/retry). */
  error: JourneyError | null;
  overdueTasks: number;
  workflowId: string;
  definitionId: string;
  enrolmentId: string | null;
}

/** POST /journeys: the journey just started. */
export interface StartedJourney {
  id: string;
  parcoursKey: string;
  version: number;
}

/** POST /journeys/:id/replay: whether today's workflow code replays every run of the journey. */
export type ReplayVerdict = { ok: true; runs: number } | { ok: false; runId: string; error: string };

/** POST /journeys/:id/retry: `running` when the failed step went through, `error` when it failed again. */
export interface RetryVerdict {
  id: string;
  status: string;
  error: JourneyError | null;
}

/** POST /journeys/:id/facts: whether a pending decision ran again, and where the journey stands. */
export interface PushFactsResult {
  reevaluated: boolean;
  currentStep: string | null;
  status: string;
}
