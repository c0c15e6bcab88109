// The session (tokens + user) lives in localStorage so that a reload keeps the user signed in. Every reader goes
// through this module so the refresh logic has a single place to coordinate concurrent callers.
import { ROLES } from '@parcours/rules/permissions';
import { API_URL } from '../config';
import type { AuthResponse, Role } from '@parcours/rules/contract';

const STORAGE_KEY = 'parcours.session';
// Refresh slightly before the real expiry so a request does not leave with a token that dies in flight.
const EXPIRY_SKEW_SECONDS = 10;

export type Session = AuthResponse;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Narrows an untrusted `{ token, refreshToken, user }` payload (login/refresh response or storage) to a Session. */
export const parseSession = (value: unknown): Session | null => {
  if (!isRecord(value) || typeof value.token !== 'string' || typeof value.refreshToken !== 'string') return null;
  const user = value.user;
  if (!isRecord(user) || typeof user.id !== 'string' || typeof user.email !== 'string') return null;
  if (typeof user.role !== 'string' || !ROLES.includes(user.role as Role)) return null;
  return {
    token: value.token,
    refreshToken: value.refreshToken,
    user: {
      id: user.id,
      email: user.email,
      displayName: typeof user.displayName === 'string' ? user.displayName : user.email,
      role: user.role as Role,
      profession: typeof user.profession === 'string' ? user.profession : null,
    },
  };
};

export const readSession = (): Session | null => {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    return parseSession(JSON.parse(raw));
  } catch {
    return null;
  }
};

export const writeSession = (session: Session): void => localStorage.setItem(STORAGE_KEY, JSON.stringify(session));

export const clearSession = (): void => localStorage.removeItem(STORAGE_KEY);

/** Reads the `exp` claim of a JWT without verifying it (the server does); null when absent or unreadable. */
export const tokenExpiry = (token: string): number | null => {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return isRecord(json) && typeof json.exp === 'number' ? json.exp : null;
  } catch {
    return null;
  }
};

export const isTokenExpired = (token: string, nowMs = Date.now()): boolean => {
  const exp = tokenExpiry(token);
  return exp !== null && exp - EXPIRY_SKEW_SECONDS <= nowMs / 1000;
};

let pendingRefresh: Promise<Session | null> | null = null;

const requestRefresh = async (refreshToken: string): Promise<Session | null> => {
  let response: Response;
  try {
    response = await fetch(`${API_URL}/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
  } catch {
    // Network failure: keep the stored session, the user may retry once the API is back.
    return null;
  }
  if (!response.ok) {
    if (response.status === 400 || response.status === 401 || response.status === 403) clearSession();
    return null;
  }
  const session = parseSession(await response.json().catch(() => null));
  if (session) writeSession(session);
  else clearSession();
  return session;
};

/**
 * Returns a session whose token is newer than `staleToken`, refreshing at most once for all concurrent callers.
 * Resolves to null when there is no session or the refresh token was refused.
 */
export const refreshSession = (staleToken?: string): Promise<Session | null> => {
  const current = readSession();
  if (!current) return Promise.resolve(null);
  // Another caller already refreshed after this token was used: reuse its result.
  if (staleToken !== undefined && current.token !== staleToken) return Promise.resolve(current);
  pendingRefresh ??= acrossTabs(async () => {
    // Refresh tokens are single-use (the API revokes the session when one is presented twice): another tab may have
    // spent this one while this tab waited for the lock, in which case its newer session is already stored.
    const latest = readSession();
    if (!latest) return null;
    if (latest.refreshToken !== current.refreshToken) return latest;
    return requestRefresh(latest.refreshToken);
  }).finally(() => {
    pendingRefresh = null;
  });
  return pendingRefresh;
};

/** Runs fn while holding a lock shared by every tab of this origin (Web Locks), or simply runs it where there is none. */
const acrossTabs = <T>(fn: () => Promise<T>): Promise<T> =>
  typeof navigator !== 'undefined' && 'locks' in navigator
    ? (navigator.locks.request('parcours-session-refresh', fn) as Promise<T>)
    : fn();
