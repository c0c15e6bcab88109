// GET /api/parcours/:id/diff?with=<otherId>: what changed from one version (or draft) to another.
import type { RequestHandler } from 'express';
import type { ApiDeps } from '../deps.ts';
import { idParams } from '../http/common.ts';
import { AppError } from '../http/errors.ts';
import { parseParams, parseQuery } from '../http/validate.ts';
import { diffDefinitions } from '@parcours/rules';
import { diffQuery } from './schemas.ts';

export function diffParcours({ prisma }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const { id } = parseParams(idParams, req);
    const { with: otherId } = parseQuery(diffQuery, req);
    const [from, to] = await Promise.all([
      prisma.parcoursDefinition.findUnique({ where: { id } }),
      prisma.parcoursDefinition.findUnique({ where: { id: otherId } }),
    ]);
    if (!from) throw new AppError(404, 'not_found', 'Parcours introuvable');
    if (!to)
      throw new AppError(404, 'not_found', 'Parcours de comparaison introuvable', [
        { pointer: '/query/with', code: 'not_found', message: 'Parcours introuvable' },
      ]);
    res.json({
      from: { id: from.id, version: from.version },
      to: { id: to.id, version: to.version },
      changes: diffDefinitions(from.body, to.body),
    });
  };
}
