// /api/pools: the CPTS's named pools (the referent nurse, the coordination cell) that a parcours task may be assigned
// to (`assignee: { pool }`). Everyone reads them (editors, task pages name them); the organisers create them and say
// who is in each.
import type { PrismaClient } from '@parcours/db';
import { recordAudit } from '../audit/record.ts';
import { AppError } from '../http/errors.ts';
import { likeText } from '../http/like.ts';
import { findPage, listRoute, orderOf } from '../http/list-route.ts';
import { route } from '../http/route.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { deletePool } from './delete.ts';
import { assertPoolMembers } from './members.ts';
import { poolCreate, poolFilter, poolParams, poolSelect, poolUpdate, presentPool } from './schemas.ts';

const sortable = ['key', 'label', 'createdAt'] as const;
const tag = 'pools';
const notFound = (key: string) => new AppError(404, 'not_found', `Aucune équipe « ${key} »`);
const memberRows = (ids: readonly string[]) => [...new Set(ids)].map((userId) => ({ userId }));

async function findPool(prisma: PrismaClient, key: string) {
  const pool = await prisma.pool.findUnique({ where: { key }, select: poolSelect });
  if (!pool) throw notFound(key);
  return presentPool(pool);
}

export const poolsRoutes = [
  route({
    method: 'get',
    path: '/pools',
    permission: ['pools', 'list'],
    tag,
    summary: 'Équipes de recours de la CPTS (membres et leur profession)',
    list: { filter: poolFilter, sortable },
    handler: listRoute({
      resource: 'pools',
      list: { sortable, filter: poolFilter },
      fetch: ({ deps: { prisma }, q }) => {
        const { q: text, id, memberId } = q.filter;
        const where = {
          ...(id ? { key: { in: id } } : {}),
          ...(memberId ? { members: { some: { userId: memberId } } } : {}),
          ...(text
            ? {
                OR: [
                  { label: { contains: likeText(text), mode: 'insensitive' as const } },
                  { key: { contains: likeText(text), mode: 'insensitive' as const } },
                ],
              }
            : {}),
        };
        const orderBy = orderOf(q, { label: 'asc' as const });
        return findPage(
          q,
          (page) => prisma.pool.findMany({ where, select: poolSelect, orderBy, ...page }),
          () => prisma.pool.count({ where }),
        );
      },
      present: (rows) => rows.map(presentPool),
    }),
  }),
  route({
    method: 'get',
    path: '/pools/:id',
    permission: ['pools', 'show'],
    tag,
    summary: 'Une équipe, par son identifiant',
    params: poolParams,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(poolParams, req);
        res.json(await findPool(prisma, id));
      },
  }),
  route({
    method: 'post',
    path: '/pools',
    permission: ['pools', 'create'],
    tag,
    summary: 'Crée une équipe (seuls des professionnels actifs peuvent en être membres)',
    body: poolCreate,
    success: { status: 201 },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { memberIds, ...data } = parseBody(poolCreate, req);
        await assertPoolMembers(prisma, memberIds);
        await prisma.$transaction(async (tx) => {
          const created = await tx.pool.createMany({ data: [data], skipDuplicates: true });
          if (!created.count)
            throw new AppError(409, 'pool_exists', `Une équipe a déjà l’identifiant « ${data.key} »`, [
              { pointer: '/body/key', code: 'unique', message: 'identifiant déjà utilisé par une autre équipe' },
            ]);
          await tx.poolMember.createMany({ data: memberRows(memberIds).map((m) => ({ ...m, poolKey: data.key })) });
        });
        await recordAudit(prisma, req, {
          action: 'create',
          resource: 'pool',
          resourceId: data.key,
          details: { memberIds },
        });
        res.status(201).json(await findPool(prisma, data.key));
      },
  }),
  route({
    method: 'put',
    path: '/pools/:id',
    permission: ['pools', 'edit'],
    tag,
    summary: 'Modifie le libellé, la description ou les membres d’une équipe (son identifiant ne change pas)',
    params: poolParams,
    body: poolUpdate,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id: key } = parseParams(poolParams, req);
        const { label, description, memberIds, ...rest } = parseBody(poolUpdate, req);
        for (const field of ['id', 'key'] as const)
          if (rest[field] !== undefined && rest[field] !== key)
            throw new AppError(422, 'pool_key_fixed', 'L’identifiant d’une équipe ne change pas', [
              {
                pointer: `/body/${field}`,
                code: 'pool_key_fixed',
                message: 'les parcours nomment l’équipe par cet identifiant : il ne change pas',
              },
            ]);
        if (!(await prisma.pool.count({ where: { key } }))) throw notFound(key);
        if (memberIds) await assertPoolMembers(prisma, memberIds);
        await prisma.$transaction(async (tx) => {
          await tx.pool.update({
            where: { key },
            data: { ...(label !== undefined ? { label } : {}), ...(description !== undefined ? { description } : {}) },
          });
          if (memberIds) {
            await tx.poolMember.deleteMany({ where: { poolKey: key } });
            await tx.poolMember.createMany({ data: memberRows(memberIds).map((m) => ({ ...m, poolKey: key })) });
          }
        });
        await recordAudit(prisma, req, {
          action: 'update',
          resource: 'pool',
          resourceId: key,
          details: {
            fields: [label !== undefined && 'label', description !== undefined && 'description'].filter(Boolean),
            ...(memberIds ? { memberIds } : {}),
          },
        });
        res.json(await findPool(prisma, key));
      },
  }),
  route({
    method: 'delete',
    path: '/pools/:id',
    permission: ['pools', 'delete'],
    tag,
    summary: 'Supprime une équipe (refusé tant que des tâches ou un parcours publié la nomment)',
    params: poolParams,
    errors: [409],
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(poolParams, req);
        const deleted = await deletePool(prisma, id);
        if (!deleted) throw notFound(id);
        await recordAudit(prisma, req, { action: 'delete', resource: 'pool', resourceId: id });
        res.json(presentPool(deleted));
      },
  }),
];
