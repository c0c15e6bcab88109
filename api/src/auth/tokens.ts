// Short-lived access tokens: HS256 JWTs signed with JWT_SECRET (jose). Each carries the user's token version, which the
// authentication middleware compares with the database on every request, so deactivating a user ends their sessions at
// once. Refresh tokens are opaque and stored hashed (refresh-tokens.ts).
import { createSecretKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { ROLES } from '@parcours/rules/permissions';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

// The roles of the permission table that routes and the back office read.
export const roles = ROLES;
export type Role = (typeof roles)[number];

export interface Principal {
  id: string;
  email: string;
  role: Role;
  profession: string | null;
  /**
   * The named pools they belong to and the communes they cover, read with the user's row on every request
   * (authenticate): the worklist sends them as values instead of sub-queries. Absent when not loaded.
   */
  reach?: { pools: string[]; communes: string[] };
}

/** What an access token proves: who, and which token version of theirs it was issued under. */
export interface AccessClaims extends Principal {
  tokenVersion: number;
}

const claims = z.object({
  sub: z.string(),
  email: z.string(),
  role: z.enum(roles),
  profession: z.string().nullable(),
  typ: z.literal('access'),
  // Tokens signed before versions existed count as version 0, the column's default.
  ver: z.number().int().default(0),
});

export const ACCESS_TTL = '15m';

// Verified access tokens, by their exact text, until they expire: a client sends the same token with every request for
// up to 15 minutes, and the HMAC check through WebCrypto (jose) was ≈4 % of the worklist's API CPU (bench/api). Sound
// because the same text carries the same signature; what can change while a token lives (deactivation, role, token
// version) is read from the database on every request all the same (auth/middleware.ts), never from here.
const VERIFIED_MAX = 5000;

export class TokenService {
  // A KeyObject, not bytes: jose would otherwise import the key again on every verification (bench/api: 5–7 % CPU).
  private readonly key: KeyObject;
  private readonly verified = new Map<string, { claims: AccessClaims; expiresAtMs: number }>();
  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  sign(p: Principal & { tokenVersion?: number }, typ: 'access'): Promise<string> {
    return new SignJWT({ email: p.email, role: p.role, profession: p.profession, typ, ver: p.tokenVersion ?? 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(p.id)
      .setIssuedAt()
      .setIssuer('parcours')
      .setExpirationTime(ACCESS_TTL)
      .sign(this.key);
  }

  /** Returns the claims of a valid access token, or null (expired, forged, wrong type). */
  async verify(token: string, typ: 'access'): Promise<AccessClaims | null> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAtMs) return { ...known.claims };
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'parcours', algorithms: ['HS256'] });
      const c = claims.parse(payload);
      if (c.typ !== typ) return null;
      const verified = { id: c.sub, email: c.email, role: c.role, profession: c.profession, tokenVersion: c.ver };
      if (payload.exp !== undefined) {
        // The oldest entry makes room (a Map iterates in insertion order).
        if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
        this.verified.set(token, { claims: verified, expiresAtMs: payload.exp * 1000 });
      }
      return { ...verified };
    } catch {
      return null;
    }
  }
}
