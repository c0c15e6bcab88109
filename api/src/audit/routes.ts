// GET /api/audit: the append-only trace of every read and write of patient data, for auditors and admins.
import { z } from 'zod';
import { recordAudit } from './record.ts';
import { parseListQuery, sendList } from '../http/list-query.ts';
import { route } from '../http/route.ts';

const auditFilter = z.strictObject({
  actorId: z.string().uuid().optional(),
  patientId: z.string().uuid().optional(),
  action: z.string().max(40).optional(),
  resource: z.string().max(60).optional(),
  from: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  to: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
});
const sortable = ['at', 'action', 'resource'] as const;

export const auditRoutes = [
  route({
    method: 'get',
    path: '/audit',
    permission: ['audit', 'list'],
    tag: 'audit',
    summary: 'Journal d’accès aux données patients (ajout seul)',
    list: { filter: auditFilter, sortable },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const q = parseListQuery(req.query, { sortable, filter: auditFilter });
        const { from, to, ...rest } = q.filter;
        const where = {
          ...rest,
          ...(from || to
            ? { at: { ...(from ? { gte: new Date(from) } : {}), ...(to ? { lte: new Date(to) } : {}) } }
            : {}),
        };
        const [rows, total] = await Promise.all([
          prisma.auditEvent.findMany({
            where,
            skip: q.skip,
            take: q.take,
            orderBy: q.sort ? [{ [q.sort.field]: q.sort.order }, { id: 'desc' }] : { id: 'desc' },
          }),
          prisma.auditEvent.count({ where }),
        ]);
        const actors = await prisma.user.findMany({
          where: { id: { in: [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))] } },
          select: { id: true, displayName: true },
        });
        const names = new Map(actors.map((a) => [a.id, a.displayName]));
        // The trail names patients: reading it is itself traced.
        await recordAudit(prisma, req, { action: 'list', resource: 'audit', details: { filter: q.filter } });
        sendList(
          res,
          'audit',
          // BigInt ids do not serialise to JSON: strings keep every digit.
          rows.map((r) => ({
            ...r,
            id: r.id.toString(),
            actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
          })),
          q.skip,
          total,
        );
      },
  }),
];
