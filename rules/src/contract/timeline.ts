// The explained history of a journey (GET /journeys/:id/history): the business events the worker reads back from
// Temporal's record of every run, as the back office shows them.
import type { LocalizedText } from './common.js';

/** Events the journey's own state timeline (its Query) and the history view both name. */
export const JOURNEY_EVENT_KINDS = [
  'step',
  'task-opened',
  'task-completed',
  'task-reassigned',
  'reminder',
  'escalation',
  'decision',
  'notify',
  'facts-pushed',
  'subparcours',
  'continued',
  'cancelled',
] as const;
export type JourneyEventKind = (typeof JOURNEY_EVENT_KINDS)[number];

/** Every kind of event of the history view: the shared ones, and what only Temporal's record shows. */
export const TIMELINE_EVENT_KINDS = [
  ...JOURNEY_EVENT_KINDS,
  'started',
  'wait-started',
  'wait-ended',
  'completed',
  'failed',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/** One transition of a decision as it was evaluated; `text` explains it, absent for the default transition. */
export type DecisionEvaluation = {
  to: string;
  when?: unknown;
  result: boolean;
  explanation?: unknown;
  text?: LocalizedText;
};

/** What an event carries besides its summary: each decision's evaluations, each completed task's answers and form. */
export interface TimelineDetail {
  evaluations?: DecisionEvaluation[];
  [key: string]: unknown;
}

export interface TimelineEvent {
  at: string;
  kind: TimelineEventKind;
  stepId?: string;
  actor?: { id: string; displayName: string };
  summary: { fr: string; en: string };
  detail?: TimelineDetail;
  runId: string;
}

export interface JourneyHistory {
  journeyId: string;
  parcoursKey: string;
  version: number;
  definitionHash: string;
  runs: string[];
  events: TimelineEvent[];
}
