// The caller's inbox: a page of the messages addressed to them (newest first by default), the total, and the unread
// count for the menu badge. Ids come from one SQL statement over the scope; the rows are then loaded with their patient.
import { Db, type PrismaClient } from '@parcours/db';
import type { Principal } from '../auth/tokens.ts';
import { inboxCondition, unreadCondition } from './scope.ts';

const { Prisma } = Db;

export interface InboxFilter {
  /** true: unread messages only; false (the switch of the back office turned off) filters nothing. */
  unread?: boolean;
  id?: string[];
}
export const inboxSortable = ['createdAt'] as const;

export const messageInclude = {
  journey: {
    select: { patientId: true, parcoursKey: true, patient: { select: { firstName: true, lastName: true } } },
  },
  // A message outside any journey (a break-the-glass notice) names its patient itself.
  patient: { select: { id: true, firstName: true, lastName: true } },
} satisfies Db.Prisma.OutboxMessageInclude;
export type MessageRow = Db.Prisma.OutboxMessageGetPayload<{ include: typeof messageInclude }>;

/** The patient a message concerns: its journey's, or the one it names when it belongs to no journey. */
export function messagePatient(m: MessageRow): { id: string; firstName: string; lastName: string } {
  if (m.journey) return { id: m.journey.patientId, ...m.journey.patient };
  if (m.patient) return m.patient;
  // The table's CHECK keeps one of the two set.
  throw new Error(`message ${m.id} concerns no patient`);
}

function where(user: Principal, filter: InboxFilter) {
  const parts = [inboxCondition(user)];
  if (filter.unread === true) parts.push(unreadCondition(user));
  if (filter.id !== undefined) parts.push(Prisma.sql`o."id" = ANY(${filter.id}::uuid[])`);
  return Prisma.join(parts, ' AND ');
}

export async function listInbox(
  prisma: PrismaClient,
  user: Principal,
  filter: InboxFilter,
  page: { skip: number; take: number; order: 'asc' | 'desc' },
): Promise<{ rows: MessageRow[]; readAt: Map<string, Date>; total: number }> {
  const order = page.order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const ids = await prisma.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT o."id", count(*) OVER () AS total FROM "OutboxMessage" o
     WHERE ${where(user, filter)}
     ORDER BY o."createdAt" ${order}, o."id" ${order}
     OFFSET ${page.skip} LIMIT ${page.take}`;
  const total = ids[0] ? Number(ids[0].total) : await countInbox(prisma, user, filter);
  const rows = await prisma.outboxMessage.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    include: messageInclude,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const reads = await prisma.messageRead.findMany({
    where: { userId: user.id, messageId: { in: ids.map((r) => r.id) } },
    select: { messageId: true, readAt: true },
  });
  return {
    rows: ids.map((r) => byId.get(r.id)).filter((r): r is MessageRow => r !== undefined),
    readAt: new Map(reads.map((r) => [r.messageId, r.readAt])),
    total,
  };
}

export async function countInbox(prisma: PrismaClient, user: Principal, filter: InboxFilter): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "OutboxMessage" o WHERE ${where(user, filter)}`;
  return Number(row?.count ?? 0);
}

/** One message of the caller's inbox, or null when it is not addressed to them (the route answers 404). */
export async function findInboxMessage(prisma: PrismaClient, user: Principal, id: string): Promise<MessageRow | null> {
  const found = await prisma.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "OutboxMessage" o WHERE o."id" = ${id}::uuid AND ${inboxCondition(user)}`;
  if (found.length === 0) return null;
  return prisma.outboxMessage.findUnique({ where: { id }, include: messageInclude });
}
