import type { AuthProvider } from 'react-admin';
import { HttpError } from 'react-admin';
import { API_URL } from '../config';
import type { Permissions } from '../types';
import { wasRefreshAttempted } from './httpClient';
import { canRoleAccess } from './permissions';
import { clearSession, isTokenExpired, parseSession, readSession, refreshSession, writeSession } from './session';

interface Credentials {
  email?: string;
  username?: string;
  password?: string;
}

const errorStatus = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

const login = async ({ email, username, password }: Credentials): Promise<void> => {
  let response: Response;
  try {
    response = await fetch(`${API_URL}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email: email ?? username, password }),
    });
  } catch {
    throw new Error('parcours.auth.unreachable');
  }
  if (response.status === 400 || response.status === 401) throw new Error('parcours.auth.invalid_credentials');
  if (!response.ok) throw new HttpError('parcours.auth.unreachable', response.status);
  const session = parseSession(await response.json().catch(() => null));
  if (!session) throw new Error('parcours.auth.unreachable');
  writeSession(session);
};

// Tokens are stateless JWTs: logging out is forgetting them (no revoke endpoint in the contract yet).
const logout = (): Promise<void> => {
  clearSession();
  return Promise.resolve();
};

const checkAuth = async (): Promise<void> => {
  const session = readSession();
  if (!session) throw new Error('parcours.auth.session_expired');
  if (isTokenExpired(session.token) && !(await refreshSession(session.token))) {
    throw new Error('parcours.auth.session_expired');
  }
};

const checkError = async (error: unknown): Promise<void> => {
  const status = errorStatus(error);
  if (status === 401) {
    // The HTTP client already refreshed once for its own calls; other 401s get their single attempt here.
    const session = readSession();
    if (!wasRefreshAttempted(error) && session && (await refreshSession(session.token))) return;
    clearSession();
    throw new Error('parcours.auth.session_expired');
  }
  // 403 means "not allowed", not "signed out": keep the session and let the page show the error.
};

const getIdentity = (): Promise<{ id: string; fullName: string; email: string; profession: string | null }> => {
  const session = readSession();
  if (!session) return Promise.reject(new Error('parcours.auth.session_expired'));
  const { id, displayName, email, profession } = session.user;
  return Promise.resolve({ id, fullName: displayName, email, profession });
};

const getPermissions = (): Promise<Permissions | null> => {
  const session = readSession();
  return Promise.resolve(session ? { role: session.user.role, profession: session.user.profession } : null);
};

const canAccess: NonNullable<AuthProvider['canAccess']> = ({ action, resource }) => {
  const session = readSession();
  return Promise.resolve(session ? canRoleAccess(session.user.role, action, resource) : false);
};

export const authProvider: AuthProvider = {
  login,
  logout,
  checkAuth,
  checkError,
  getIdentity,
  getPermissions,
  canAccess,
};
