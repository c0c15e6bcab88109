// Break-the-glass (« Accès exceptionnel ») : the identity-only lookup a professional starts from, the access itself,
// and the auditors' list of every such access. Each is in the audit log.
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import { patientScope } from '../auth/scope.ts';
import { idParams } from '../http/common.ts';
import { findPage, listRoute, orderOf } from '../http/list-route.ts';
import { route } from '../http/route.ts';
import { parseQuery } from '../http/validate.ts';
import { openBreakGlass } from './grant.ts';
import { grantInclude, presentGrant } from './present.ts';
import {
  breakGlassBody,
  breakGlassFilter,
  breakGlassGrant,
  breakGlassSortable,
  lookupQuery,
  lookupResult,
} from './schemas.ts';

const sortable = breakGlassSortable;
const LOOKUP_LIMIT = 20;

export const breakGlassRoutes = [
  // Before GET /patients/:id, whose id check would answer « lookup » with a 400.
  route({
    method: 'get',
    path: '/patients/lookup',
    permission: ['patients', 'lookup'],
    tag: 'patients',
    summary:
      'Recherche d’un patient par nom de famille et date de naissance exacts, avant un accès exceptionnel : identité seule',
    query: lookupQuery,
    success: { status: 200, schema: z.array(lookupResult) },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const user = currentUser(req);
        const { lastName, birthDate } = parseQuery(lookupQuery, req);
        const where = { lastName: { equals: lastName, mode: 'insensitive' as const }, birthDate: new Date(birthDate) };
        const found = await prisma.patient.findMany({
          where,
          select: { id: true, firstName: true, lastName: true, birthDate: true },
          orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
          take: LOOKUP_LIMIT,
        });
        const ids = found.map((p) => p.id);
        const accessible = new Set(
          (
            await prisma.patient.findMany({
              where: { AND: [{ id: { in: ids } }, patientScope(user)] },
              select: { id: true },
            })
          ).map((p) => p.id),
        );
        await recordAudit(prisma, req, {
          action: 'lookup',
          resource: 'patient',
          patientId: ids.length === 1 ? ids[0] : null,
          details: { lastName, birthDate, ids },
        });
        res.json(
          found.map((p) => ({
            ...p,
            birthDate: p.birthDate.toISOString().slice(0, 10),
            accessible: accessible.has(p.id),
          })),
        );
      },
  }),
  route({
    method: 'post',
    path: '/patients/:id/break-glass',
    permission: ['break-glass', 'create'],
    tag: 'patients',
    summary:
      'Accès exceptionnel (bris de glace) au dossier d’un patient hors de l’équipe de soins, pour un motif déclaré : ' +
      'limité dans le temps (BREAK_GLASS_HOURS), tracé, signalé au médecin traitant',
    params: idParams,
    body: breakGlassBody,
    success: { status: 201, schema: breakGlassGrant },
    handler: openBreakGlass,
  }),
  route({
    method: 'get',
    path: '/break-glass',
    permission: ['break-glass', 'list'],
    tag: 'break-glass',
    summary: 'Accès exceptionnels (bris de glace) : qui, à quel patient, quand, pourquoi, jusqu’à quand',
    list: { filter: breakGlassFilter, sortable },
    handler: listRoute({
      resource: 'break-glass',
      list: { sortable, filter: breakGlassFilter },
      fetch: ({ deps: { prisma }, q, now }) => {
        const { from, to, active, id, ...rest } = q.filter;
        const where = {
          ...rest,
          ...(id ? { id: { in: id } } : {}),
          ...(from || to
            ? { createdAt: { ...(from ? { gte: new Date(from) } : {}), ...(to ? { lte: new Date(to) } : {}) } }
            : {}),
          ...(active === undefined ? {} : { expiresAt: active ? { gt: now } : { lte: now } }),
        };
        return findPage(
          q,
          (page) =>
            prisma.breakGlassAccess.findMany({
              where,
              include: grantInclude,
              orderBy: [orderOf(q, { createdAt: 'desc' as const }), { id: 'asc' as const }],
              ...page,
            }),
          () => prisma.breakGlassAccess.count({ where }),
        );
      },
      // The list names patients and reasons: reading it is itself traced.
      audit: {
        resource: 'break-glass',
        details: (rows) => ({ ids: rows.map((r) => r.id), patientIds: rows.map((r) => r.patientId) }),
      },
      present: (rows, { now }) => rows.map((g) => presentGrant(g, now)),
    }),
  }),
];
