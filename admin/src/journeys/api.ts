// Journey endpoints beyond CRUD: the explained history, its raw export, replay and cancel.
import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';
import { readSession } from '../providers/session';
import type { LocalizedText } from '../types';

export type TimelineKind =
  | 'started'
  | 'step'
  | 'task-opened'
  | 'task-completed'
  | 'task-reassigned'
  | 'reminder'
  | 'escalation'
  | 'decision'
  | 'wait-started'
  | 'wait-ended'
  | 'notify'
  | 'facts-pushed'
  | 'subparcours'
  | 'continued'
  | 'cancelled'
  | 'completed'
  | 'failed';

export interface DecisionEvaluation {
  to: string;
  index?: number;
  result: boolean;
  text?: LocalizedText;
}
export interface TimelineEvent {
  at: string;
  kind: TimelineKind;
  stepId?: string;
  actor?: { id: string; displayName?: string };
  summary: LocalizedText;
  detail?: { to?: string; evaluations?: DecisionEvaluation[]; [k: string]: unknown };
}
export interface JourneyHistory {
  journeyId: string;
  parcoursKey: string;
  version: number;
  definitionHash?: string;
  runs: string[];
  events: TimelineEvent[];
}
export type ReplayVerdict = { ok: true; runs: number } | { ok: false; runId: string; error: string };

const base = (id: string) => `${API_URL}/journeys/${encodeURIComponent(id)}`;

export const getHistory = async (id: string): Promise<JourneyHistory> =>
  (await httpClient(`${base(id)}/history`)).json as JourneyHistory;

export const replayJourney = async (id: string): Promise<ReplayVerdict> =>
  (await httpClient(`${base(id)}/replay`, { method: 'POST' })).json as ReplayVerdict;

export const cancelJourney = async (id: string, reason: string): Promise<void> => {
  await httpClient(`${base(id)}/cancel`, { method: 'POST', body: JSON.stringify({ reason }) });
};

/** Runs the failed step of a journey in error again: `running` when it went through, `error` when it failed again. */
export const retryFailedStep = async (id: string): Promise<{ status: string; error: { message: string } | null }> =>
  (await httpClient(`${base(id)}/retry`, { method: 'POST' })).json as {
    status: string;
    error: { message: string } | null;
  };

/** Downloads the raw Temporal histories as a file (fetch with the bearer token, then a blob link). */
export const downloadRawHistory = async (id: string): Promise<void> => {
  const token = readSession()?.token;
  const res = await fetch(`${base(id)}/history.json`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `journey-${id}-history.json`;
  a.click();
  URL.revokeObjectURL(url);
};

/** What the journey answers to new facts: whether a pending decision ran again, and where the journey stands. */
export interface PushFactsResult {
  reevaluated: boolean;
  currentStep: string | null;
  status: string;
}

export const pushFacts = async (
  id: string,
  facts: Record<string, string | number | boolean | string[]>,
  source?: string,
): Promise<PushFactsResult> =>
  (
    await httpClient(`${base(id)}/facts`, {
      method: 'POST',
      body: JSON.stringify(source ? { facts, source } : { facts }),
    })
  ).json as PushFactsResult;
