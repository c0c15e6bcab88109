// The shipped templates, creating a draft from one, and the fact catalogue the rule builder offers.
import type { RequestHandler } from 'express';
import { journeyFactCatalogue, patientFactCatalogue, templates } from '@parcours/rules';
import { currentUser } from '../auth/middleware.ts';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { parseBody } from '../http/validate.ts';
import { fromTemplateBody } from './schemas.ts';

export const listTemplates = (): RequestHandler => (_req, res) => {
  res.json(
    Object.values(templates).map((t) => ({
      key: t.key,
      title: t.title,
      ...(t.description ? { description: t.description } : {}),
      stepCount: t.steps.length,
    })),
  );
};

export function createFromTemplate({ prisma }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const body = parseBody(fromTemplateBody, req);
    const template = templates[body.templateKey];
    if (!template)
      throw new AppError(404, 'template_not_found', 'Modèle introuvable', [
        { pointer: '/body/templateKey', code: 'not_found', message: 'Modèle inconnu' },
      ]);
    const definition = { ...structuredClone(template), key: body.key ?? template.key };
    const row = await prisma.parcoursDefinition.create({
      data: {
        key: definition.key,
        title: definition.title.fr,
        body: definition as object,
        templateKey: template.key,
        createdById: currentUser(req).id,
      },
    });
    res.status(201).json({ id: row.id, key: row.key, version: row.version, status: row.status });
  };
}

/** `$.age` of fact `patient` becomes `patient.age`, the name the rule builder shows. */
export const listFacts = (): RequestHandler => (_req, res) => {
  res.json(
    [...patientFactCatalogue, ...journeyFactCatalogue].map((d) => ({
      path: `${d.fact}.${d.path.replace(/^\$\./, '')}`,
      fact: d.fact,
      jsonPath: d.path,
      type: d.type,
      label: d.label,
      ...(d.values ? { values: d.values } : {}),
      ...(d.nullable ? { nullable: true } : {}),
    })),
  );
};
