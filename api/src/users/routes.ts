// /api/users (admins only) and /api/professionals (everyone signed in: the reassignment picker).
import { hashPassword } from '../auth/passwords.ts';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import { revokeUserRefreshTokens } from '../auth/refresh-tokens.ts';
import { idParams } from '../http/common.ts';
import { likeText } from '../http/like.ts';
import { AppError } from '../http/errors.ts';
import { findPage, listRoute, orderOf } from '../http/list-route.ts';
import { route } from '../http/route.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { assertCommune, unknownCommunes } from '../communes/assert.ts';
import type { PrismaClient } from '@parcours/db';
import { presentUser, professionalFilter, userCreate, userFilter, userSelect, userUpdate } from './schemas.ts';

const sortable = ['email', 'displayName', 'role', 'profession', 'active', 'createdAt'] as const;
const tag = 'users';
const text = (q: string | undefined) =>
  q
    ? {
        OR: [
          { displayName: { contains: likeText(q), mode: 'insensitive' as const } },
          { email: { contains: likeText(q), mode: 'insensitive' as const } },
        ],
      }
    : {};

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
const emailTaken = () =>
  new AppError(409, 'email_taken', 'Cette adresse e-mail est déjà utilisée', [
    { pointer: '/body/email', code: 'unique', message: 'adresse déjà utilisée' },
  ]);
const rppsTaken = () =>
  new AppError(409, 'rpps_taken', 'Ce numéro RPPS est déjà celui d’un autre compte', [
    { pointer: '/body/rpps', code: 'unique', message: 'numéro RPPS déjà utilisé' },
  ]);
// Which unique index refused the write: Prisma names its fields in the error's meta (or its driver adapter's cause).
const uniqueViolation = (error: unknown) =>
  isUniqueViolation(error)
    ? /rpps/.test(JSON.stringify((error as { meta?: unknown }).meta ?? {}))
      ? rppsTaken()
      : emailTaken()
    : error;

/** The commune and covered communes of a user's body must be the CPTS's: refused at their field otherwise. */
async function checkCommunes(prisma: PrismaClient, data: { communeCode?: string | null; coveredCommunes?: string[] }) {
  await assertCommune(prisma, data.communeCode, '/body/communeCode');
  const unknown = await unknownCommunes(prisma, data.coveredCommunes ?? []);
  if (unknown.length)
    throw new AppError(
      422,
      'unknown_commune',
      `Communes hors du territoire de la CPTS : ${unknown.join(', ')}`,
      unknown.map((code) => ({
        pointer: `/body/coveredCommunes/${data.coveredCommunes!.indexOf(code)}`,
        code: 'unknown_commune',
        message: 'commune hors du territoire de la CPTS',
        params: { code },
      })),
    );
}
/** Only professionals are in pools (they take the pools' tasks): another role first needs them out of every pool. */
async function assertInNoPool(prisma: PrismaClient, userId: string) {
  const pools = await prisma.poolMember.findMany({ where: { userId }, select: { pool: { select: { label: true } } } });
  if (!pools.length) return;
  const labels = pools.map((p) => `« ${p.pool.label} »`).join(', ');
  throw new AppError(409, 'member_of_pools', `Ce professionnel est membre des équipes ${labels}`, [
    {
      pointer: '/body/role',
      code: 'member_of_pools',
      message: `seuls les professionnels font partie d’une équipe : retirez-le d’abord de ${labels}`,
    },
  ]);
}
const coveredRows = (codes: readonly string[]) => [...new Set(codes)].map((communeCode) => ({ communeCode }));

export const usersRoutes = [
  route({
    method: 'get',
    path: '/professionals',
    permission: ['professionals', 'list'],
    tag,
    summary: 'Professionnels actifs (choix d’un destinataire de tâche)',
    list: { filter: professionalFilter, sortable: ['displayName', 'profession'] },
    handler: listRoute({
      resource: 'professionals',
      list: { sortable: ['displayName', 'profession'], filter: professionalFilter },
      fetch: ({ deps: { prisma }, q }) => {
        const where = {
          role: 'professional' as const,
          active: true,
          ...(q.filter.profession ? { profession: q.filter.profession } : {}),
          ...(q.filter.id ? { id: { in: q.filter.id } } : {}),
          ...text(q.filter.q),
        };
        const select = { id: true, displayName: true, profession: true, email: true };
        const orderBy = orderOf(q, { displayName: 'asc' as const });
        return findPage(
          q,
          (page) => prisma.user.findMany({ where, select, orderBy, ...page }),
          () => prisma.user.count({ where }),
        );
      },
    }),
  }),
  route({
    method: 'get',
    path: '/users',
    permission: ['users', 'list'],
    tag,
    summary: 'Comptes utilisateurs',
    list: { filter: userFilter, sortable },
    handler: listRoute({
      resource: 'users',
      list: { sortable, filter: userFilter },
      fetch: ({ deps: { prisma }, q }) => {
        const { q: search, id, ...rest } = q.filter;
        const where = { ...rest, ...(id ? { id: { in: id } } : {}), ...text(search) };
        const orderBy = orderOf(q, { displayName: 'asc' as const });
        return findPage(
          q,
          (page) => prisma.user.findMany({ where, select: userSelect, orderBy, ...page }),
          () => prisma.user.count({ where }),
        );
      },
      present: (rows) => rows.map(presentUser),
    }),
  }),
  route({
    method: 'post',
    path: '/users',
    permission: ['users', 'create'],
    tag,
    summary: 'Crée un compte',
    body: userCreate,
    success: { status: 201 },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { password, coveredCommunes, ...data } = parseBody(userCreate, req);
        await checkCommunes(prisma, { communeCode: data.communeCode, coveredCommunes });
        try {
          const user = await prisma.user.create({
            data: {
              ...data,
              passwordHash: await hashPassword(password),
              coveredCommunes: { create: coveredRows(coveredCommunes) },
            },
            select: userSelect,
          });
          await recordAudit(prisma, req, { action: 'create', resource: 'user', resourceId: user.id });
          res.status(201).json(presentUser(user));
        } catch (error) {
          throw uniqueViolation(error);
        }
      },
  }),
  route({
    method: 'get',
    path: '/users/:id',
    permission: ['users', 'show'],
    tag,
    summary: 'Un compte',
    params: idParams,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const user = await prisma.user.findUnique({ where: { id }, select: userSelect });
        if (!user) throw new AppError(404, 'not_found', 'Compte introuvable');
        res.json(presentUser(user));
      },
  }),
  route({
    method: 'put',
    path: '/users/:id',
    permission: ['users', 'edit'],
    tag,
    summary: 'Modifie un compte (mot de passe facultatif)',
    params: idParams,
    body: userUpdate,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const {
          id: _id,
          createdAt: _c,
          updatedAt: _u,
          poolKeys: _p,
          password,
          coveredCommunes,
          ...data
        } = parseBody(userUpdate, req);
        if (id === currentUser(req).id && (data.active === false || (data.role && data.role !== 'admin')))
          throw new AppError(409, 'self_lockout', 'Vous ne pouvez pas retirer vos propres droits d’administration');
        if (!(await prisma.user.count({ where: { id } }))) throw new AppError(404, 'not_found', 'Compte introuvable');
        await checkCommunes(prisma, { communeCode: data.communeCode, coveredCommunes });
        if (data.role && data.role !== 'professional') await assertInNoPool(prisma, id);
        // Deactivation or a new password ends every open session of the account at once.
        const endsSessions = data.active === false || Boolean(password);
        const passwordHash = password ? await hashPassword(password) : undefined;
        try {
          const user = await prisma.$transaction(async (tx) => {
            if (coveredCommunes) await tx.userCommune.deleteMany({ where: { userId: id } });
            const updated = await tx.user.update({
              where: { id },
              data: {
                ...data,
                ...(coveredCommunes ? { coveredCommunes: { create: coveredRows(coveredCommunes) } } : {}),
                ...(passwordHash ? { passwordHash } : {}),
                ...(endsSessions ? { tokenVersion: { increment: 1 } } : {}),
              },
              select: userSelect,
            });
            if (endsSessions) await revokeUserRefreshTokens(tx, id);
            return updated;
          });
          await recordAudit(prisma, req, {
            action: 'update',
            resource: 'user',
            resourceId: id,
            details: {
              fields: [...Object.keys(data), ...(coveredCommunes ? ['coveredCommunes'] : [])],
              password: Boolean(password),
            },
          });
          res.json(presentUser(user));
        } catch (error) {
          throw uniqueViolation(error);
        }
      },
  }),
  route({
    method: 'delete',
    path: '/users/:id',
    permission: ['users', 'delete'],
    tag,
    // Users are referenced by tasks, journeys and the audit log: deleting means deactivating.
    summary: 'Désactive un compte (les traces restent rattachées)',
    params: idParams,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        if (id === currentUser(req).id)
          throw new AppError(409, 'self_lockout', 'Vous ne pouvez pas désactiver votre propre compte');
        if (!(await prisma.user.count({ where: { id } }))) throw new AppError(404, 'not_found', 'Compte introuvable');
        // Deactivation ends the account's sessions at once: access tokens carry the old version, refresh tokens revoked.
        const user = await prisma.$transaction(async (tx) => {
          const updated = await tx.user.update({
            where: { id },
            data: { active: false, tokenVersion: { increment: 1 } },
            select: userSelect,
          });
          await revokeUserRefreshTokens(tx, id);
          return updated;
        });
        await recordAudit(prisma, req, { action: 'delete', resource: 'user', resourceId: id });
        res.json(presentUser(user));
      },
  }),
];
