// /api/parcours, /api/templates, /api/facts: drafts are editable; publishing validates with rules/ and freezes the body
// under the next version; retiring stops new journeys while running ones keep their pinned version.
import { z } from 'zod';
import { validate } from '@parcours/rules';
import { recordAudit } from '../audit/record.ts';
import { likeText } from '../http/like.ts';
import { currentUser } from '../auth/middleware.ts';
import { idParams } from '../http/common.ts';
import { AppError } from '../http/errors.ts';
import { sendList } from '../http/list-query.ts';
import { findPage, listRoute, orderOf } from '../http/list-route.ts';
import { route } from '../http/route.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { diffParcours } from './diff.ts';
import { presentRows, report } from './present.ts';
import { publishParcours } from './publish.ts';
import {
  createBody,
  diffQuery,
  fromTemplateBody,
  lifecycleAnswer,
  listFilter,
  parcoursRow,
  simulateBody,
  updateBody,
  validateBody,
  validationReport,
} from './schemas.ts';
import { simulateParcours } from './simulate.ts';
import { createFromTemplate, listFacts, listTemplates } from './templates.ts';

const sortable = ['key', 'version', 'status', 'title', 'updatedAt', 'publishedAt'] as const;
const tag = 'parcours';

export const parcoursRoutes = [
  route({
    method: 'get',
    path: '/parcours',
    permission: ['parcours', 'list'],
    tag,
    summary: 'Liste des parcours (brouillons, versions publiées, retirées)',
    list: { filter: listFilter, sortable },
    success: { status: 200, schema: z.array(parcoursRow) },
    handler: listRoute({
      resource: 'parcours',
      list: { sortable, filter: listFilter },
      fetch: ({ deps: { prisma }, q }) => {
        const where = {
          ...(q.filter.key ? { key: q.filter.key } : {}),
          ...(q.filter.status ? { status: q.filter.status } : {}),
          ...(q.filter.id ? { id: { in: q.filter.id } } : {}),
          ...(q.filter.q ? { title: { contains: likeText(q.filter.q), mode: 'insensitive' as const } } : {}),
        };
        const orderBy = orderOf(q, [{ key: 'asc' as const }, { version: 'desc' as const }]);
        return findPage(
          q,
          (page) => prisma.parcoursDefinition.findMany({ where, orderBy, ...page }),
          () => prisma.parcoursDefinition.count({ where }),
        );
      },
      present: (rows, { deps }) => presentRows(deps.prisma, rows),
    }),
  }),
  route({
    method: 'post',
    path: '/parcours',
    permission: ['parcours', 'create'],
    tag,
    summary: 'Crée un brouillon',
    body: createBody,
    success: { status: 201, schema: lifecycleAnswer },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { definition, templateKey } = parseBody(createBody, req);
        const row = await prisma.parcoursDefinition.create({
          data: {
            key: definition.key,
            title: definition.title.fr,
            body: definition as object,
            templateKey: templateKey ?? null,
            createdById: currentUser(req).id,
          },
        });
        res.status(201).json({ id: row.id, key: row.key, version: row.version, status: row.status });
      },
  }),
  route({
    method: 'post',
    path: '/parcours/validate',
    permission: ['parcours', 'validate'],
    tag,
    summary: 'Valide une définition (validation en direct de l’éditeur)',
    body: validateBody,
    success: { status: 200, schema: validationReport },
    handler:
      ({ config }) =>
      (req, res) => {
        const { definition } = parseBody(validateBody, req);
        res.json(report(validate(definition, { outcomes: config.OUTCOMES })));
      },
  }),
  route({
    method: 'post',
    path: '/parcours/simulate',
    permission: ['parcours', 'simulate'],
    tag,
    summary: 'Simule une définition pour un patient avec des réponses scriptées',
    body: simulateBody,
    handler: simulateParcours,
  }),
  route({
    method: 'post',
    path: '/parcours/from-template',
    permission: ['parcours', 'create'],
    tag,
    summary: 'Crée un brouillon à partir d’un modèle livré',
    body: fromTemplateBody,
    success: { status: 201, schema: lifecycleAnswer },
    handler: createFromTemplate,
  }),
  route({
    method: 'get',
    path: '/parcours/:id',
    permission: ['parcours', 'show'],
    tag,
    summary: 'Un parcours avec sa définition',
    params: idParams,
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const row = await prisma.parcoursDefinition.findUnique({ where: { id } });
        if (!row) throw new AppError(404, 'not_found', 'Parcours introuvable');
        const [presented] = await presentRows(prisma, [row], true);
        res.json(presented);
      },
  }),
  route({
    method: 'put',
    path: '/parcours/:id',
    permission: ['parcours', 'edit'],
    tag,
    summary: 'Enregistre un brouillon (renvoie aussi le rapport de validation)',
    params: idParams,
    body: updateBody,
    handler:
      ({ prisma, config }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const { definition } = parseBody(updateBody, req);
        // Conditional update: a draft published meanwhile by someone else is not overwritten.
        const { count } = await prisma.parcoursDefinition.updateMany({
          where: { id, status: 'draft' },
          data: { key: definition.key, title: definition.title.fr, body: definition as object },
        });
        if (!count) {
          const exists = await prisma.parcoursDefinition.count({ where: { id } });
          if (!exists) throw new AppError(404, 'not_found', 'Parcours introuvable');
          throw new AppError(409, 'not_a_draft', 'Une version publiée ne se modifie pas : créez un nouveau brouillon');
        }
        const row = await prisma.parcoursDefinition.findUniqueOrThrow({ where: { id } });
        const [presented] = await presentRows(prisma, [row], true);
        res.json({ ...presented, validation: report(validate(definition, { outcomes: config.OUTCOMES })) });
      },
  }),
  route({
    method: 'post',
    path: '/parcours/:id/publish',
    permission: ['parcours', 'publish'],
    tag,
    summary: 'Publie un brouillon sous la version suivante (422 avec les erreurs localisées)',
    params: idParams,
    success: { status: 200, schema: lifecycleAnswer },
    handler: publishParcours,
  }),
  route({
    method: 'post',
    path: '/parcours/:id/retire',
    permission: ['parcours', 'retire'],
    tag,
    summary: 'Retire une version publiée (les parcours patients en cours la gardent)',
    params: idParams,
    success: { status: 200, schema: lifecycleAnswer },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const { count } = await prisma.parcoursDefinition.updateMany({
          where: { id, status: 'published' },
          data: { status: 'retired', retiredAt: new Date() },
        });
        if (!count) {
          const exists = await prisma.parcoursDefinition.count({ where: { id } });
          if (!exists) throw new AppError(404, 'not_found', 'Parcours introuvable');
          throw new AppError(409, 'not_published', 'Seule une version publiée peut être retirée');
        }
        const row = await prisma.parcoursDefinition.findUniqueOrThrow({ where: { id } });
        await recordAudit(prisma, req, {
          action: 'update',
          resource: 'parcours',
          resourceId: id,
          details: { retired: true, key: row.key, version: row.version },
        });
        res.json({ id: row.id, key: row.key, version: row.version, status: row.status });
      },
  }),
  route({
    method: 'get',
    path: '/parcours/:id/versions',
    permission: ['parcours', 'show'],
    tag,
    summary: 'Toutes les versions et brouillons de la même clé, les plus récents d’abord',
    params: idParams,
    success: { status: 200, schema: z.array(parcoursRow) },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const row = await prisma.parcoursDefinition.findUnique({ where: { id }, select: { key: true } });
        if (!row) throw new AppError(404, 'not_found', 'Parcours introuvable');
        const rows = await prisma.parcoursDefinition.findMany({
          where: { key: row.key },
          orderBy: [{ version: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
        });
        sendList(res, 'parcours', await presentRows(prisma, rows), 0, rows.length);
      },
  }),
  route({
    method: 'get',
    path: '/parcours/:id/diff',
    permission: ['parcours', 'show'],
    tag,
    summary: 'Différences entre deux versions, étapes repérées par leur identifiant',
    params: idParams,
    query: diffQuery,
    handler: diffParcours,
  }),
  route({
    method: 'get',
    path: '/templates',
    permission: ['templates', 'list'],
    tag,
    summary: 'Modèles de parcours livrés',
    handler: listTemplates,
  }),
  route({
    method: 'get',
    path: '/facts',
    permission: ['facts', 'list'],
    tag,
    summary: 'Catalogue des faits utilisables dans les règles',
    handler: listFacts,
  }),
  route({
    method: 'get',
    path: '/outcomes',
    permission: ['outcomes', 'list'],
    tag,
    summary: 'Issues possibles d’un parcours (liste de base et issues propres à la CPTS), avec leurs libellés',
    handler:
      ({ config }) =>
      (_req, res) => {
        res.json(config.OUTCOMES);
      },
  }),
];
