// /api/communes: the CPTS's territory, for the commune pickers of patients and users. The list is configuration (the
// Commune table: the demo seed fills it, a deployment loads its own from INSEE's code officiel géographique).
import { z } from 'zod';
import { likeText } from '../http/like.ts';
import { parseListQuery, sendList } from '../http/list-query.ts';
import { route } from '../http/route.ts';

const sortable = ['name', 'inseeCode'] as const;
const communeFilter = z.strictObject({
  q: z.string().trim().max(100).optional(),
  id: z.array(z.string().max(5)).max(500).optional(),
});

export const communesRoutes = [
  route({
    method: 'get',
    path: '/communes',
    permission: ['communes', 'list'],
    tag: 'communes',
    summary: 'Communes du territoire de la CPTS (code INSEE et nom)',
    list: { filter: communeFilter, sortable },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const q = parseListQuery(req.query, { sortable, filter: communeFilter });
        const where = {
          ...(q.filter.id ? { inseeCode: { in: q.filter.id } } : {}),
          ...(q.filter.q
            ? {
                OR: [
                  { name: { contains: likeText(q.filter.q), mode: 'insensitive' as const } },
                  { inseeCode: { startsWith: likeText(q.filter.q) } },
                ],
              }
            : {}),
        };
        const [rows, total] = await Promise.all([
          prisma.commune.findMany({
            where,
            skip: q.skip,
            take: q.take,
            orderBy: q.sort ? { [q.sort.field]: q.sort.order } : { name: 'asc' },
          }),
          prisma.commune.count({ where }),
        ]);
        // react-admin needs an `id`: the INSEE code is the commune's.
        sendList(
          res,
          'communes',
          rows.map((c) => ({ id: c.inseeCode, ...c })),
          q.skip,
          total,
        );
      },
  }),
];
