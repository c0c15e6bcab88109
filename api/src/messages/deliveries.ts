// The coordinators' view of delivery: every outbox message with its state, and the retry of a dead letter.
import { z } from 'zod';
import type { PrismaClient } from '@parcours/db';
import { AppError } from '../http/errors.ts';
import type { ListQuery } from '../http/list-query.ts';
import { messageInclude, type MessageRow } from './inbox.ts';

export const deliveriesFilter = z.strictObject({
  status: z.enum(['pending', 'sent', 'dead']).optional(),
  journeyId: z.string().uuid().optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});
export const deliveriesSortable = ['createdAt', 'attempts', 'status'] as const;

export async function listDeliveries(
  prisma: PrismaClient,
  q: ListQuery<z.infer<typeof deliveriesFilter>>,
): Promise<{ rows: MessageRow[]; total: number }> {
  const { id, ...rest } = q.filter;
  const where = { ...rest, ...(id ? { id: { in: id } } : {}) };
  const sort = q.sort ?? { field: 'createdAt', order: 'desc' as const };
  const [rows, total] = await Promise.all([
    prisma.outboxMessage.findMany({
      where,
      include: messageInclude,
      orderBy: [{ [sort.field]: sort.order }, { id: sort.order }],
      skip: q.skip,
      take: q.take,
    }),
    prisma.outboxMessage.count({ where }),
  ]);
  return { rows, total };
}

/** Only a dead letter goes back in the queue: a pending one is already there, a sent one must never be resent. */
export async function retryDelivery(prisma: PrismaClient, id: string): Promise<MessageRow> {
  const moved = await prisma.outboxMessage.updateMany({
    where: { id, status: 'dead' },
    data: { status: 'pending', attempts: 0, nextAttemptAt: new Date() },
  });
  const message = await prisma.outboxMessage.findUnique({ where: { id }, include: messageInclude });
  if (!message) throw new AppError(404, 'not_found', 'Message introuvable');
  if (moved.count === 0) {
    throw new AppError(
      409,
      'not_dead_letter',
      `Seul un message en échec définitif peut être relancé (état : ${message.status})`,
    );
  }
  return message;
}
