// /api/communes: the CPTS's territory, for the commune pickers of patients and users. The list is configuration (the
// Commune table: the demo seed fills it, a deployment loads its own from INSEE's code officiel géographique).
import { z } from 'zod';
import { likeText } from '../http/like.ts';
import { findPage, listRoute, orderOf } from '../http/list-route.ts';
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
    handler: listRoute({
      resource: 'communes',
      list: { sortable, filter: communeFilter },
      fetch: ({ deps: { prisma }, q }) => {
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
        const orderBy = orderOf(q, { name: 'asc' as const });
        return findPage(
          q,
          (page) => prisma.commune.findMany({ where, orderBy, ...page }),
          () => prisma.commune.count({ where }),
        );
      },
      // react-admin needs an `id`: the INSEE code is the commune's.
      present: (rows) => rows.map((c) => ({ id: c.inseeCode, ...c })),
    }),
  }),
];
