// /api/communes: the CPTS's territory, for the commune pickers of patients and users, and its configuration by the
// organisers (the « Communes » page). The list is a table: the demo seed fills it, a deployment loads its own from
// INSEE's code officiel géographique, and the organisers add, rename or remove a commune here.
import { recordAudit } from '../audit/record.ts';
import { AppError } from '../http/errors.ts';
import { likeText } from '../http/like.ts';
import { findPage, listRoute, orderOf } from '../http/list-route.ts';
import { route } from '../http/route.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { deleteCommune } from './delete.ts';
import { communeCreate, communeFilter, communeParams, communeUpdate, presentCommune } from './schemas.ts';

const sortable = ['name', 'inseeCode'] as const;
const tag = 'communes';
const notFound = (code: string) => new AppError(404, 'not_found', `La commune ${code} n’est pas sur le territoire`);

export const communesRoutes = [
  route({
    method: 'get',
    path: '/communes',
    permission: ['communes', 'list'],
    tag,
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
      present: (rows) => rows.map(presentCommune),
    }),
  }),
  route({
    method: 'get',
    path: '/communes/:id',
    permission: ['communes', 'show'],
    tag,
    summary: 'Une commune du territoire, par son code INSEE',
    params: communeParams,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(communeParams, req);
        const commune = await prisma.commune.findUnique({ where: { inseeCode: id } });
        if (!commune) throw notFound(id);
        res.json(presentCommune(commune));
      },
  }),
  route({
    method: 'post',
    path: '/communes',
    permission: ['communes', 'create'],
    tag,
    summary: 'Ajoute une commune au territoire',
    body: communeCreate,
    success: { status: 201 },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const data = parseBody(communeCreate, req);
        const created = await prisma.commune.createMany({ data: [data], skipDuplicates: true });
        if (!created.count)
          throw new AppError(409, 'commune_exists', `La commune ${data.inseeCode} est déjà sur le territoire`, [
            { pointer: '/body/inseeCode', code: 'unique', message: 'commune déjà sur le territoire' },
          ]);
        await recordAudit(prisma, req, { action: 'create', resource: 'commune', resourceId: data.inseeCode });
        res.status(201).json(presentCommune(data));
      },
  }),
  route({
    method: 'put',
    path: '/communes/:id',
    permission: ['communes', 'edit'],
    tag,
    summary: 'Renomme une commune (son code INSEE ne change pas)',
    params: communeParams,
    body: communeUpdate,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(communeParams, req);
        const { name, ...codes } = parseBody(communeUpdate, req);
        for (const field of ['id', 'inseeCode'] as const) {
          const sent = codes[field]?.trim().toUpperCase();
          if (sent !== undefined && sent !== id)
            throw new AppError(422, 'insee_code_fixed', 'Le code INSEE d’une commune ne change pas', [
              {
                pointer: `/body/${field}`,
                code: 'insee_code_fixed',
                message: 'le code INSEE ne change pas : ajoutez plutôt la commune sous son code',
              },
            ]);
        }
        const updated = await prisma.commune.updateManyAndReturn({ where: { inseeCode: id }, data: { name } });
        if (!updated[0]) throw notFound(id);
        await recordAudit(prisma, req, { action: 'update', resource: 'commune', resourceId: id, details: { name } });
        res.json(presentCommune(updated[0]));
      },
  }),
  route({
    method: 'delete',
    path: '/communes/:id',
    permission: ['communes', 'delete'],
    tag,
    summary:
      'Retire une commune du territoire (refusé tant qu’un patient, un professionnel ou une couverture la nomme)',
    params: communeParams,
    errors: [409],
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(communeParams, req);
        const deleted = await deleteCommune(prisma, id);
        if (!deleted) throw notFound(id);
        await recordAudit(prisma, req, { action: 'delete', resource: 'commune', resourceId: id });
        res.json(presentCommune(deleted));
      },
  }),
];
