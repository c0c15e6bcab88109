// The OpenAPI 3.1 document, built from the route registry: the same zod schemas that validate each request describe
// it, so the document cannot drift from the code.
import { z } from 'zod';
import { createDocument } from 'zod-openapi';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import { DEFAULT_SORT_FIELD } from '../http/list-query.ts';
import type { RouteSpec } from '../http/route.ts';

const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ pointer: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

const listQuery = z.object({
  sort: z
    .string()
    .optional()
    .meta({
      description: 'JSON ["champ","ASC"|"DESC"] ; "id" : ordre par défaut de la ressource',
      example: '["id","ASC"]',
    }),
  range: z.string().optional().meta({ description: 'JSON [début, fin] inclusifs', example: '[0,24]' }),
  filter: z.string().optional().meta({ description: 'JSON des filtres (schéma x-filter-schema)', example: '{}' }),
});

/** Express `/a/:id/b` → OpenAPI `/api/a/{id}/b`. */
export function openApiPath(path: string): string {
  return `/api${path.replace(/:(\w+)/g, '{$1}')}`;
}

function operation(spec: RouteSpec): ZodOpenApiOperationObject {
  const errors = {
    '400': { description: 'Requête invalide', content: { 'application/problem+json': { schema: problem } } },
    ...(spec.roles === 'public'
      ? {}
      : {
          '401': { description: 'Non authentifié', content: { 'application/problem+json': { schema: problem } } },
          '403': { description: 'Rôle insuffisant', content: { 'application/problem+json': { schema: problem } } },
        }),
    ...(spec.body
      ? {
          '413': { description: 'Corps trop volumineux', content: { 'application/problem+json': { schema: problem } } },
          '422': { description: 'Données refusées', content: { 'application/problem+json': { schema: problem } } },
        }
      : {}),
  };
  const status = String(spec.success?.status ?? 200);
  const contentType = spec.success?.contentType ?? 'application/json';
  return {
    operationId: `${spec.method}${spec.path.replace(/[^a-zA-Z0-9]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.roles === 'public'
      ? { security: [] }
      : { description: `Rôles : ${spec.roles.join(', ')}`, 'x-roles': [...spec.roles] }),
    requestParams: {
      ...(spec.params ? { path: spec.params as z.ZodObject } : {}),
      ...(spec.query || spec.list ? { query: (spec.query ?? listQuery) as z.ZodObject } : {}),
      ...(spec.headers ? { header: spec.headers as z.ZodObject } : {}),
    },
    ...(spec.list
      ? {
          'x-filter-schema': z.toJSONSchema(spec.list.filter, { io: 'input' }),
          'x-sortable': [DEFAULT_SORT_FIELD, ...spec.list.sortable],
        }
      : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { [spec.bodyType ?? 'application/json']: { schema: spec.body } } } }
      : {}),
    responses: {
      [status]: {
        description: 'Succès',
        ...(spec.list
          ? { headers: { 'Content-Range': { schema: { type: 'string' }, description: 'ressource début-fin/total' } } }
          : {}),
        content: { [contentType]: { schema: spec.success?.schema ?? z.unknown() } },
      },
      ...errors,
    },
  };
}

export function buildOpenApi(routes: readonly RouteSpec[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const spec of routes) {
    const path = openApiPath(spec.path);
    paths[path] = { ...paths[path], [spec.method]: operation(spec) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Parcours API',
      version: '0.1.0',
      description:
        'API REST de Parcours (parcours de soins d’une CPTS). Listes au format ra-data-simple-rest, erreurs RFC 9457.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    security: [{ bearer: [] }],
    paths,
  });
}
