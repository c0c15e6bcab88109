import type { DataProvider, Identifier } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL } from '../config';
import type { Answers, Health, Task } from '../types';
import { httpClient } from './httpClient';

export interface ParcoursDataProvider extends DataProvider {
  /** Submits a task's answers; the same `idempotencyKey` makes a retried submission a no-op on the server. */
  completeTask: (id: Identifier, answers: Answers, idempotencyKey: string) => Promise<{ data: Task }>;
  getHealth: () => Promise<Health>;
}

const baseDataProvider = simpleRestProvider(API_URL, httpClient);

export const dataProvider: ParcoursDataProvider = {
  ...baseDataProvider,
  completeTask: async (id, answers, idempotencyKey) => {
    const { json } = await httpClient(`${API_URL}/tasks/${encodeURIComponent(String(id))}/complete`, {
      method: 'POST',
      body: JSON.stringify({ answers }),
      headers: new Headers({ Accept: 'application/json', 'Idempotency-Key': idempotencyKey }),
    });
    return { data: json as Task };
  },
  getHealth: async () => {
    const { json } = await httpClient(`${API_URL}/health`);
    return json as Health;
  },
};
