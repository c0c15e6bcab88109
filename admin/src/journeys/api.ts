// Journey endpoints beyond CRUD: the explained history, its raw export, replay and cancel.
import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';
import type { JourneyHistory, PushFactsResult, ReplayVerdict, RetryVerdict } from '@parcours/rules/contract';

const base = (id: string) => `${API_URL}/journeys/${encodeURIComponent(id)}`;

export const getHistory = async (id: string): Promise<JourneyHistory> =>
  (await httpClient(`${base(id)}/history`)).json as JourneyHistory;

export const replayJourney = async (id: string): Promise<ReplayVerdict> =>
  (await httpClient(`${base(id)}/replay`, { method: 'POST' })).json as ReplayVerdict;

export const cancelJourney = async (id: string, reason: string): Promise<void> => {
  await httpClient(`${base(id)}/cancel`, { method: 'POST', body: JSON.stringify({ reason }) });
};

/** Runs the failed step of a journey in error again: `running` when it went through, `error` when it failed again. */
export const retryFailedStep = async (id: string): Promise<RetryVerdict> =>
  (await httpClient(`${base(id)}/retry`, { method: 'POST' })).json as RetryVerdict;

/** Downloads the raw Temporal histories as a file: the authenticated client (token refresh included), then a blob link. */
export const downloadRawHistory = async (id: string): Promise<void> => {
  const { body } = await httpClient(`${base(id)}/history.json`);
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `journey-${id}-history.json`;
  a.click();
  URL.revokeObjectURL(url);
};

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
