// POST /api/parcours/:id/publish: validates with rules/ and freezes the draft under the next version number.
import type { RequestHandler } from 'express';
import { validate, type ParcoursDefinition } from '@parcours/rules';
import { definitionHash } from '@parcours/rules/definition-hash';
import { recordAudit } from '../audit/record.ts';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { idParams } from '../http/common.ts';
import { parseParams } from '../http/validate.ts';
import { unreachableAssignees } from './reachability.ts';

export function publishParcours({ prisma, config }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const { id } = parseParams(idParams, req);
    const draft = await prisma.parcoursDefinition.findUnique({ where: { id } });
    if (!draft) throw new AppError(404, 'not_found', 'Parcours introuvable');
    if (draft.status !== 'draft') throw new AppError(409, 'not_a_draft', 'Seul un brouillon peut être publié');
    const result = validate(draft.body, { outcomes: config.OUTCOMES });
    if (!result.valid) {
      throw new AppError(
        422,
        'invalid_definition',
        'Le parcours contient des erreurs',
        // Same codes, parameters and locations as the editor's own validation, so it shows the same messages.
        result.errors.map((e) => ({
          pointer: `/definition${e.pointer}`,
          code: e.code,
          message: e.message.fr,
          params: e.params,
          location: e.location,
        })),
      );
    }
    // Rules that name no one reachable today (an unknown or empty pool…): refused like a shape error, located.
    const unreachable = await unreachableAssignees(prisma, draft.body as unknown as ParcoursDefinition);
    if (unreachable.length)
      throw new AppError(422, 'invalid_definition', 'Le parcours désigne des destinataires injoignables', unreachable);
    // Serialisable so two coordinators publishing the same key at once cannot both get the same number.
    const published = await prisma.$transaction(
      async (tx) => {
        const last = await tx.parcoursDefinition.aggregate({ where: { key: draft.key }, _max: { version: true } });
        return tx.parcoursDefinition.update({
          where: { id, status: 'draft' },
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
    await recordAudit(prisma, req, {
      action: 'publish',
      resource: 'parcours',
      resourceId: id,
      details: { key: published.key, version: published.version },
    });
    res.json({
      id: published.id,
      key: published.key,
      version: published.version,
      status: published.status,
      hash: published.hash,
    });
  };
}
