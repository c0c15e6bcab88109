// Arranging a scenario through the API (a published parcours, a started journey) so the browser steps start where
// the story they test begins.
import { TEST_PASSWORD } from '../../support/factories.ts';

export type ApiCall = <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;

/** Signs `email` in through the API and returns a caller that throws on any non-2xx answer. */
export async function apiAs(baseUrl: string, email: string): Promise<ApiCall> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** Publishes `definition` and starts it for `patientId`; resolves once the journey's first task is open. */
export async function startJourneyWithOpenTask(
  api: ApiCall,
  definition: { key: string },
  patientId: string,
): Promise<{ journeyId: string; taskId: string }> {
  const draft = await api<{ id: string }>('POST', '/api/parcours', { definition });
  await api('POST', `/api/parcours/${draft.id}/publish`);
  const journey = await api<{ id: string }>('POST', '/api/journeys', { patientId, parcoursKey: definition.key });
  const filter = encodeURIComponent(JSON.stringify({ journeyId: journey.id, status: 'open' }));
  // Polled by hand: this runs in beforeAll, where expect.poll is not available.
  for (let attempt = 0; attempt < 150; attempt++) {
    const [task] = await api<{ id: string }[]>('GET', `/api/tasks?filter=${filter}`);
    if (task) return { journeyId: journey.id, taskId: task.id };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`journey ${journey.id}: its first task never opened`);
}
