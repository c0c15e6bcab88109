// /api/parcours: drafts are editable; publishing validates with rules/ and freezes the body under the next version.
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import { validate } from '@parcours/rules';
import { allow } from '../auth/middleware.ts';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { parseListQuery, sendList } from '../http/list-query.ts';
import { parseBody, parseParams } from '../http/validate.ts';

const idParams = z.object({ id: z.string().uuid() });
const draftBody = z.object({
  definition: z.looseObject({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant en minuscules, chiffres et tirets'),
    title: z.looseObject({ fr: z.string().min(1) }),
  }),
});
const listFilter = z.strictObject({
  q: z.string().max(200).optional(),
  key: z.string().max(100).optional(),
  status: z.enum(['draft', 'published', 'retired']).optional(),
  id: z.array(z.string().uuid()).max(500).optional(),
});

/** Canonical JSON (sorted keys) so the hash identifies the content, not its formatting. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function definitionHash(body: unknown): string {
  return `sha256:${createHash('sha256').update(canonical(body)).digest('hex')}`;
}

export function parcoursRouter({ prisma }: Pick<ApiDeps, 'prisma'>): Router {
  const router = Router();

  router.get('/', allow('coordinator', 'auditor', 'admin', 'professional'), async (req, res) => {
    const q = parseListQuery(req.query, {
      sortable: ['key', 'version', 'status', 'title', 'updatedAt'],
      filter: listFilter,
    });
    const where = {
      ...(q.filter.key ? { key: q.filter.key } : {}),
      ...(q.filter.status ? { status: q.filter.status } : {}),
      ...(q.filter.id ? { id: { in: q.filter.id } } : {}),
      ...(q.filter.q ? { title: { contains: q.filter.q, mode: 'insensitive' as const } } : {}),
    };
    const [rows, total] = await Promise.all([
      prisma.parcoursDefinition.findMany({
        where,
        skip: q.skip,
        take: q.take,
        orderBy: q.sort ? { [q.sort.field]: q.sort.order } : [{ key: 'asc' }, { version: 'desc' }],
      }),
      prisma.parcoursDefinition.count({ where }),
    ]);
    sendList(res, 'parcours', rows, q.skip, total);
  });

  router.get('/:id', allow('coordinator', 'auditor', 'admin', 'professional'), async (req, res) => {
    const { id } = parseParams(idParams, req);
    const row = await prisma.parcoursDefinition.findUnique({ where: { id } });
    if (!row) throw new AppError(404, 'not_found', 'Parcours introuvable');
    res.json(row);
  });

  router.post('/', allow('coordinator'), async (req, res) => {
    const { definition } = parseBody(draftBody, req);
    const row = await prisma.parcoursDefinition.create({
      data: { key: definition.key, title: definition.title.fr, body: definition as object, createdById: req.user!.id },
    });
    res.status(201).json({ id: row.id, key: row.key, status: row.status });
  });

  router.post('/:id/publish', allow('coordinator'), async (req, res) => {
    const { id } = parseParams(idParams, req);
    const draft = await prisma.parcoursDefinition.findUnique({ where: { id } });
    if (!draft) throw new AppError(404, 'not_found', 'Parcours introuvable');
    if (draft.status !== 'draft') throw new AppError(409, 'not_a_draft', 'Seul un brouillon peut être publié');
    const report = validate(draft.body);
    if (!report.valid) {
      throw new AppError(
        422,
        'invalid_definition',
        'Le parcours contient des erreurs',
        report.errors.map((e) => ({ pointer: `/definition${e.pointer}`, code: e.code, message: e.message.fr })),
      );
    }
    // Serialisable so two coordinators publishing the same key at once cannot both get the same number.
    const published = await prisma.$transaction(
      async (tx) => {
        const last = await tx.parcoursDefinition.aggregate({ where: { key: draft.key }, _max: { version: true } });
        return tx.parcoursDefinition.update({
          where: { id },
          data: {
            version: (last._max.version ?? 0) + 1,
            status: 'published',
            hash: definitionHash(draft.body),
            publishedAt: new Date(),
          },
        });
      },
      { isolationLevel: 'Serializable' },
    );
    res.json({
      id: published.id,
      key: published.key,
      version: published.version,
      status: published.status,
      hash: published.hash,
    });
  });

  return router;
}
