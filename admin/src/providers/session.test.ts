import { describe, expect, it } from 'vitest';
import { isTokenExpired, parseSession, tokenExpiry } from './session';

const base64url = (text: string): string => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (payload: object): string => `header.${base64url(JSON.stringify(payload))}.sig`;

describe('token expiry', () => {
  it('reads exp and treats tokens about to expire as expired', () => {
    const token = jwt({ sub: 'u1', exp: 1_000 });
    expect(tokenExpiry(token)).toBe(1_000);
    expect(isTokenExpired(token, 995_000)).toBe(true);
    expect(isTokenExpired(token, 900_000)).toBe(false);
  });

  it('never calls an unreadable token expired (the API decides)', () => {
    expect(tokenExpiry('opaque')).toBeNull();
    expect(isTokenExpired('opaque')).toBe(false);
  });
});

describe('parseSession', () => {
  it('accepts the login response and rejects unknown roles', () => {
    const user = { id: 'u1', email: 'a@b.fr', displayName: 'A B', role: 'professional', profession: 'ide' };
    expect(parseSession({ token: 't', refreshToken: 'r', user })?.user.role).toBe('professional');
    expect(parseSession({ token: 't', refreshToken: 'r', user: { ...user, role: 'root' } })).toBeNull();
  });
});
