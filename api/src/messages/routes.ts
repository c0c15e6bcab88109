// /api/messages: the caller's inbox (messages of notify steps, reminders and escalations addressed to them, their role
// or their profession), read marks and the unread count of the menu; /api/message-deliveries: the coordinators' view of
// e-mail delivery (pending, sent, dead letters with the last error) and the retry of a dead letter.
import type { Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '@parcours/db';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import type { Principal } from '../auth/tokens.ts';
import type { ApiDeps } from '../deps.ts';
import { idParams } from '../http/common.ts';
import { AppError } from '../http/errors.ts';
import { listRoute } from '../http/list-route.ts';
import { route } from '../http/route.ts';
import { parseParams } from '../http/validate.ts';
import { countInbox, findInboxMessage, inboxSortable, listInbox, messagePatient, type MessageRow } from './inbox.ts';
import { presentMessage } from './present.ts';
import { deliveriesFilter, deliveriesSortable, listDeliveries, retryDelivery } from './deliveries.ts';

const inboxFilter = z.strictObject({
  unread: z.boolean().optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});
const tag = 'messages';

/** What a list of messages writes in its audit row: the messages and the patients they concern. */
function messageIds(rows: MessageRow[]) {
  return { ids: rows.map((r) => r.id), patientIds: rows.map((r) => messagePatient(r).id) };
}

type InboxMessage = NonNullable<Awaited<ReturnType<typeof findInboxMessage>>>;

/**
 * The handler of a route on the caller's message `:id`: `fn` runs with it, or the answer is the same 404 whether it
 * does not exist or is addressed to someone else.
 */
function onInboxMessage(
  fn: (ctx: {
    prisma: PrismaClient;
    req: Request;
    res: Response;
    user: Principal;
    message: InboxMessage;
  }) => Promise<void>,
): (deps: ApiDeps) => RequestHandler {
  return ({ prisma }) =>
    async (req, res) => {
      const user = currentUser(req);
      const { id } = parseParams(idParams, req);
      const message = await findInboxMessage(prisma, user, id);
      if (!message) throw new AppError(404, 'not_found', 'Message introuvable');
      await fn({ prisma, req, res, user, message });
    };
}

export const messagesRoutes = [
  route({
    method: 'get',
    path: '/messages',
    permission: ['messages', 'list'],
    tag,
    summary: 'Messages adressés à l’appelant, à son rôle ou à sa profession (les plus récents d’abord)',
    list: { filter: inboxFilter, sortable: inboxSortable },
    handler: listRoute({
      resource: 'messages',
      list: { sortable: inboxSortable, filter: inboxFilter },
      fetch: async ({ deps, req, q }) => {
        const { rows, readAt, total } = await listInbox(deps.prisma, currentUser(req), q.filter, {
          skip: q.skip,
          take: q.take,
          order: q.sort?.order ?? 'desc',
        });
        return { rows: rows.map((m) => ({ m, readAt: readAt.get(m.id) ?? null })), total };
      },
      audit: { resource: 'message', later: true, details: (rows) => messageIds(rows.map((r) => r.m)) },
      present: (rows) => rows.map((r) => presentMessage(r.m, r.readAt)),
    }),
  }),
  route({
    method: 'get',
    path: '/messages/unread-count',
    permission: ['messages', 'list'],
    tag,
    summary: 'Nombre de messages non lus de l’appelant (badge du menu)',
    success: { status: 200, schema: z.object({ count: z.number().int() }) },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        res.json({ count: await countInbox(prisma, currentUser(req), { unread: true }) });
      },
  }),
  route({
    method: 'get',
    path: '/messages/:id',
    permission: ['messages', 'show'],
    tag,
    summary: 'Un message de l’appelant',
    params: idParams,
    handler: onInboxMessage(async ({ prisma, req, res, user, message }) => {
      await recordAudit(prisma, req, {
        action: 'read',
        resource: 'message',
        resourceId: message.id,
        patientId: messagePatient(message).id,
      });
      const read = await prisma.messageRead.findUnique({
        where: { messageId_userId: { messageId: message.id, userId: user.id } },
      });
      res.json(presentMessage(message, read?.readAt ?? null));
    }),
  }),
  route({
    method: 'post',
    path: '/messages/:id/read',
    permission: ['messages', 'read'],
    tag,
    summary: 'Marque le message comme lu par l’appelant (idempotent)',
    params: idParams,
    handler: onInboxMessage(async ({ prisma, res, user, message }) => {
      // ON CONFLICT DO NOTHING: two tabs (or a double render) marking the same message at once both succeed, where
      // an upsert's insert would collide and answer 500. The first read time is kept.
      await prisma.$executeRaw`
        INSERT INTO "MessageRead" ("messageId", "userId") VALUES (${message.id}::uuid, ${user.id}::uuid)
        ON CONFLICT ("messageId", "userId") DO NOTHING`;
      const read = await prisma.messageRead.findUniqueOrThrow({
        where: { messageId_userId: { messageId: message.id, userId: user.id } },
      });
      res.json(presentMessage(message, read.readAt));
    }),
  }),
  route({
    method: 'get',
    path: '/message-deliveries',
    permission: ['message-deliveries', 'list'],
    tag,
    summary: 'Suivi de l’envoi des messages par e-mail : en attente, envoyés, en échec définitif (dernière erreur)',
    list: { filter: deliveriesFilter, sortable: deliveriesSortable },
    handler: listRoute({
      resource: 'message-deliveries',
      list: { sortable: deliveriesSortable, filter: deliveriesFilter },
      fetch: ({ deps, q }) => listDeliveries(deps.prisma, q),
      audit: { resource: 'message-delivery', later: true, details: messageIds },
      present: (rows) => rows.map((m) => presentMessage(m, null)),
    }),
  }),
  route({
    method: 'post',
    path: '/message-deliveries/:id/retry',
    permission: ['message-deliveries', 'retry'],
    tag,
    summary: 'Remet un message en échec définitif dans la file d’envoi (tentatives remises à zéro)',
    params: idParams,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const message = await retryDelivery(prisma, id);
        await recordAudit(prisma, req, {
          action: 'update',
          resource: 'message-delivery',
          resourceId: id,
          patientId: messagePatient(message).id,
          details: { retry: true },
        });
        res.json(presentMessage(message, null));
      },
  }),
];
