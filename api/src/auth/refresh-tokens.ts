// Refresh tokens, as OWASP recommends: opaque random values stored only as their SHA-256, valid once. Using one marks it
// used and issues the next of the same family; presenting an already used one means two parties hold it (a stolen copy
// was replayed, or the thief used it first), so the whole family is revoked and both must sign in again.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@parcours/db';

export const REFRESH_TTL_MS = 12 * 60 * 60_000;

type Db = Pick<PrismaClient, 'refreshToken'>;

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

let issuedSincePrune = 0;

/** Issues a refresh token in the given family (a new family at login). Returns the token, never stored in clear. */
export async function issueRefreshToken(prisma: Db, userId: string, familyId: string = randomUUID()): Promise<string> {
  // Every refresh adds a row: now and then, drop those expired for a day (a replay of one is refused as expired).
  if (++issuedSincePrune >= 100) {
    issuedSincePrune = 0;
    await prisma.refreshToken.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 24 * 60 * 60_000) } } });
  }
  const token = randomBytes(32).toString('base64url');
  await prisma.refreshToken.create({
    data: {
      id: randomUUID(),
      familyId,
      userId,
      tokenHash: digest(token),
      expiresAt: new Date(Date.now() + REFRESH_TTL_MS),
    },
  });
  return token;
}

export type Rotation =
  | { status: 'rotated'; userId: string; familyId: string }
  | { status: 'reused'; userId: string; familyId: string }
  | { status: 'invalid' };

/** Spends a refresh token: rotated (the caller issues the next one), reused (its family is now revoked) or invalid. */
export async function spendRefreshToken(prisma: Db, token: string): Promise<Rotation> {
  const row = await prisma.refreshToken.findUnique({ where: { tokenHash: digest(token) } });
  if (!row || row.revokedAt || row.expiresAt <= new Date()) return { status: 'invalid' };
  // Conditional: of two requests presenting the same token at once, exactly one spends it.
  const { count } = await prisma.refreshToken.updateMany({
    where: { id: row.id, usedAt: null, revokedAt: null },
    data: { usedAt: new Date() },
  });
  if (count) return { status: 'rotated', userId: row.userId, familyId: row.familyId };
  await prisma.refreshToken.updateMany({
    where: { familyId: row.familyId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return { status: 'reused', userId: row.userId, familyId: row.familyId };
}

/** Revokes every refresh token of a user (deactivation, password change). */
export async function revokeUserRefreshTokens(prisma: Db, userId: string): Promise<number> {
  const { count } = await prisma.refreshToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
