// fetchJson with the bearer token, problem+json messages, and one refresh-and-retry when the access token expired.
import { fetchUtils, HttpError } from 'react-admin';
import { readSession, refreshSession } from './session';

type FetchResult = Awaited<ReturnType<typeof fetchUtils.fetchJson>>;

// 401 errors that already went through a refresh attempt; checkError must not try again for them.
const refreshedErrors = new WeakSet<object>();

export const wasRefreshAttempted = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && refreshedErrors.has(error);

const withToken = (options: fetchUtils.Options, token: string | undefined): fetchUtils.Options =>
  token ? { ...options, user: { authenticated: true, token: `Bearer ${token}` } } : options;

// The API answers with problem+json `{ title, detail }`; surface `detail` as the notification message.
const toReadableError = (error: unknown): unknown => {
  if (!(error instanceof HttpError)) return error;
  const body: unknown = error.body;
  if (typeof body === 'object' && body !== null) {
    const { detail, title } = body as { detail?: unknown; title?: unknown };
    const message = typeof detail === 'string' ? detail : typeof title === 'string' ? title : null;
    if (message) return new HttpError(message, error.status, error.body);
  }
  return error;
};

const markRefreshed = (error: unknown): unknown => {
  if (typeof error === 'object' && error !== null) refreshedErrors.add(error);
  return error;
};

export const httpClient = async (url: string, options: fetchUtils.Options = {}): Promise<FetchResult> => {
  const session = readSession();
  try {
    return await fetchUtils.fetchJson(url, withToken(options, session?.token));
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 401 || !session) throw toReadableError(error);
    const renewed = await refreshSession(session.token);
    if (!renewed) throw markRefreshed(toReadableError(error));
    try {
      return await fetchUtils.fetchJson(url, withToken(options, renewed.token));
    } catch (retryError) {
      throw markRefreshed(toReadableError(retryError));
    }
  }
};
