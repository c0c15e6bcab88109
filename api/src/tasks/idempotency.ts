// Stored answers for requests sent with an Idempotency-Key: a retry (network cut, double click, a client that gave up
// waiting) gets the original answer even when the journey has since moved on or ended and Temporal could no longer
// deduplicate it. The same key with a different request is refused rather than silently answered.
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '@parcours/db';
import { AppError } from '../http/errors.ts';

export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8)
  .max(200)
  .regex(/^[\w.:-]+$/);

export function idempotencyKey(req: Request): string {
  const key = idempotencyKeySchema.safeParse(req.get('idempotency-key'));
  if (!key.success) {
    throw new AppError(400, 'idempotency_key_required', 'En-tête Idempotency-Key manquant ou invalide', [
      {
        pointer: '/headers/idempotency-key',
        code: 'invalid',
        message: 'Clé d’idempotence requise (8 à 200 caractères)',
      },
    ]);
  }
  return key.data;
}

export function requestHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The stored answer for this key, or null; throws 422 when the key was used for another request. */
export async function storedAnswer(prisma: PrismaClient, userId: string, key: string, route: string, hash: string) {
  const record = await prisma.idempotencyRecord.findUnique({ where: { userId_key: { userId, key } } });
  if (!record) return null;
  if (record.route !== route || record.requestHash !== hash) {
    throw new AppError(422, 'idempotency_key_reused', 'Cette clé d’idempotence a déjà servi pour une autre requête', [
      { pointer: '/headers/idempotency-key', code: 'reused', message: 'Clé déjà utilisée avec un autre contenu' },
    ]);
  }
  return { status: record.status, body: record.body };
}

export async function storeAnswer(
  prisma: PrismaClient,
  record: { userId: string; key: string; route: string; requestHash: string; status: number; body: unknown },
): Promise<void> {
  // Two identical requests racing: both got the same answer from Temporal (same update id); keep the first row.
  await prisma.idempotencyRecord.createMany({
    data: [{ ...record, body: record.body as object }],
    skipDuplicates: true,
  });
}
