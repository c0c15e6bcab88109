// Who a message reaches: the active users it is addressed to, by id, pool (its active members), profession (only those
// covering a commune when it names one) or role. The API's inbox uses the same
// rule (api/src/messages/scope.ts), so the people emailed are exactly the people who see the message in the back office.
import { z } from 'zod';
import type { PrismaClient } from '@parcours/db';

/** The shapes an outbox row's `recipient` takes: a notify step's `to`, or a task's assignee for its alerts. */
export const messageRecipientSchema = z.union([
  // A task given to one person carries its profession too: the person wins (zod keeps only the matched keys).
  z.object({ userId: z.string().uuid() }),
  z.object({ pool: z.string().min(1) }),
  z.object({ profession: z.string().min(1), communeCode: z.string().length(5).optional() }),
  z.object({ role: z.enum(['coordinator', 'professional', 'auditor', 'admin']) }),
  z.object({ patient: z.literal(true) }),
]);
export type MessageRecipient = z.infer<typeof messageRecipientSchema>;

/** A recipient no relay attempt can ever reach: the message goes straight to the dead letters with this reason. */
export class UndeliverableError extends Error {}

/** The e-mail addresses of the active users a message is addressed to; a person named by id wins over their group. */
export async function resolveRecipientEmails(prisma: PrismaClient, raw: unknown): Promise<string[]> {
  const parsed = messageRecipientSchema.safeParse(raw);
  if (!parsed.success) throw new UndeliverableError(`Destinataire illisible : ${JSON.stringify(raw)}`);
  const recipient = parsed.data;
  if ('patient' in recipient) {
    // Parcours holds no patient e-mail address: coordinators see these messages in their inbox and pass them on.
    throw new UndeliverableError(
      'Parcours ne connaît pas d’adresse e-mail de patient : à transmettre par la coordination',
    );
  }
  const where =
    'userId' in recipient
      ? { id: recipient.userId }
      : 'pool' in recipient
        ? { poolMemberships: { some: { poolKey: recipient.pool } } }
        : 'profession' in recipient
          ? {
              profession: recipient.profession,
              role: 'professional' as const,
              ...(recipient.communeCode ? { coveredCommunes: { some: { communeCode: recipient.communeCode } } } : {}),
            }
          : { role: recipient.role };
  const users = await prisma.user.findMany({ where: { ...where, active: true }, select: { email: true } });
  // No active user today may mean one is being enrolled: a plain error, retried with backoff like a network failure.
  if (users.length === 0) throw new Error(`Aucun utilisateur actif pour ${JSON.stringify(recipient)}`);
  return users.map((u) => u.email).sort();
}
