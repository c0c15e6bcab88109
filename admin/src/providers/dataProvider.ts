import {
  HttpError,
  type DataProvider,
  type GetListParams,
  type GetListResult,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL } from '../config';
import type { Answers, Health, Message, Task, TaskCompletionResult } from '@parcours/rules/contract';
import { httpClient } from './httpClient';
import { listTotalOf } from './listTotal';
import { fieldErrorsFromProblem } from './problem';

/** Where a coordinator sends a task: a whole profession, or one named professional. */
export type ReassignTarget = { profession: string } | { userId: string };

export interface ParcoursDataProvider extends DataProvider {
  /** Submits a task's answers; the same `idempotencyKey` makes a retried submission a no-op on the server. */
  completeTask: (id: Identifier, answers: Answers, idempotencyKey: string) => Promise<{ data: TaskCompletionResult }>;
  /** Takes (`claim`) or gives back (`unclaim`) an open task of the caller's profession. */
  claimTask: (id: Identifier, action: 'claim' | 'unclaim') => Promise<{ data: Task }>;
  /** Coordinators only: changes who the journey waits for (recorded in the journey's history). */
  reassignTask: (id: Identifier, to: ReassignTarget, reason?: string) => Promise<{ data: Task }>;
  getHealth: () => Promise<Health>;
  /** Marks a message of the caller's inbox as read (idempotent). */
  markMessageRead: (id: Identifier) => Promise<{ data: Message }>;
  /** Unread messages of the caller: the badge of the « Messages » menu item. */
  getUnreadMessageCount: () => Promise<number>;
  /** Coordinators: puts a dead letter back in the e-mail queue. */
  retryMessageDelivery: (id: Identifier) => Promise<{ data: Message }>;
}

const baseDataProvider = simpleRestProvider(API_URL, httpClient);

// Create and Edit forms show `body.errors` at their fields only when it is keyed by field: rewrite the API's located
// errors so, and keep the original list for anyone who needs the pointers.
const withFieldErrors = (error: unknown): unknown => {
  if (!(error instanceof HttpError)) return error;
  const errors = fieldErrorsFromProblem(error.body);
  if (Object.keys(errors).length === 0) return error;
  const body = error.body as Record<string, unknown>;
  return new HttpError(error.message, error.status, { ...body, problemErrors: body.errors, errors });
};

// ra-data-simple-rest's list request, with the total read by listTotalOf: past the API's cap the total is « * » and the
// list pages with previous/next (react-admin's partial pagination).
async function getListPage<R extends RaRecord>(resource: string, params: GetListParams): Promise<GetListResult<R>> {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 10 };
  const { field, order } = params.sort ?? { field: 'id', order: 'ASC' };
  const start = (page - 1) * perPage;
  const query = new URLSearchParams({
    sort: JSON.stringify([field, order]),
    range: JSON.stringify([start, start + perPage - 1]),
    filter: JSON.stringify(params.filter ?? {}),
  });
  const { headers, json } = await httpClient(`${API_URL}/${resource}?${query.toString()}`, {
    signal: params.signal,
  });
  return { data: json as R[], ...listTotalOf(headers, page) };
}

export const dataProvider: ParcoursDataProvider = {
  ...baseDataProvider,
  getList: getListPage,
  getManyReference: (resource, { target, id, filter, ...params }) =>
    getListPage(resource, { ...params, filter: { ...filter, [target]: id } }),
  create: (resource, params) =>
    baseDataProvider.create(resource, params).catch((e: unknown) => {
      throw withFieldErrors(e);
    }),
  update: (resource, params) =>
    baseDataProvider.update(resource, params).catch((e: unknown) => {
      throw withFieldErrors(e);
    }),
  completeTask: async (id, answers, idempotencyKey) => {
    const { json } = await httpClient(`${API_URL}/tasks/${encodeURIComponent(String(id))}/complete`, {
      method: 'POST',
      body: JSON.stringify({ answers }),
      headers: new Headers({ Accept: 'application/json', 'Idempotency-Key': idempotencyKey }),
    });
    return { data: json as TaskCompletionResult };
  },
  claimTask: async (id, action) => {
    const { json } = await httpClient(`${API_URL}/tasks/${encodeURIComponent(String(id))}/${action}`, {
      method: 'POST',
    });
    return { data: json as Task };
  },
  reassignTask: async (id, to, reason) => {
    const { json } = await httpClient(`${API_URL}/tasks/${encodeURIComponent(String(id))}/reassign`, {
      method: 'POST',
      body: JSON.stringify(reason ? { to, reason } : { to }),
    });
    return { data: json as Task };
  },
  markMessageRead: async (id) => {
    const { json } = await httpClient(`${API_URL}/messages/${encodeURIComponent(String(id))}/read`, { method: 'POST' });
    return { data: json as Message };
  },
  getUnreadMessageCount: async () => {
    const { json } = await httpClient(`${API_URL}/messages/unread-count`);
    return (json as { count: number }).count;
  },
  retryMessageDelivery: async (id) => {
    const { json } = await httpClient(`${API_URL}/message-deliveries/${encodeURIComponent(String(id))}/retry`, {
      method: 'POST',
    });
    return { data: json as Message };
  },
  getHealth: async () => {
    const { json } = await httpClient(`${API_URL}/health`);
    return json as Health;
  },
};
