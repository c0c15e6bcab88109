// Claims due outbox rows for one relay. `FOR UPDATE SKIP LOCKED` lets several workers poll the same table without
// waiting on or claiming each other's rows; the claim counts the attempt and pushes `nextAttemptAt` one lease ahead,
// so a relay that dies mid-send releases its rows when the lease runs out (and that attempt still counts).
import type { PrismaClient } from '@parcours/db';

export interface ClaimedMessage {
  id: string;
  recipient: unknown;
  message: unknown;
  attempts: number;
  createdAt: Date;
}

export async function claimDueMessages(
  prisma: PrismaClient,
  batch: number,
  leaseMs: number,
): Promise<ClaimedMessage[]> {
  return prisma.$queryRaw<ClaimedMessage[]>`
    UPDATE "OutboxMessage" AS o
       SET "attempts" = o."attempts" + 1,
           "nextAttemptAt" = now() + make_interval(secs => ${leaseMs / 1000}::float8)
     WHERE o."id" IN (
       SELECT "id" FROM "OutboxMessage"
        WHERE "status" = 'pending' AND "nextAttemptAt" <= now()
        ORDER BY "nextAttemptAt", "createdAt"
        LIMIT ${batch}
        FOR UPDATE SKIP LOCKED)
    RETURNING o."id", o."recipient", o."message", o."attempts", o."createdAt"`;
}

/** Records the send; only a pending row moves, so a retry from the back office never races a late success. */
export async function markSent(prisma: PrismaClient, id: string): Promise<void> {
  await prisma.outboxMessage.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'sent', sentAt: new Date(), lastError: null },
  });
}

/** Records a failure: the next attempt after `delayMs`, or the dead letters when `dead`. */
export async function markFailed(
  prisma: PrismaClient,
  id: string,
  error: string,
  next: { dead: true } | { dead: false; delayMs: number },
): Promise<void> {
  const reason = error.slice(0, 2000);
  if (next.dead) {
    await prisma.outboxMessage.updateMany({
      where: { id, status: 'pending' },
      data: { status: 'dead', lastError: reason },
    });
    return;
  }
  // The database's clock, like the claim's, so workers with skewed clocks agree on when a message is due.
  await prisma.$executeRaw`
    UPDATE "OutboxMessage"
       SET "lastError" = ${reason}, "nextAttemptAt" = now() + make_interval(secs => ${next.delayMs / 1000}::float8)
     WHERE "id" = ${id}::uuid AND "status" = 'pending'`;
}
