// The OpenAPI 3.1 document, built from the route registry: the same zod schemas that validate each request describe
// it, so the document cannot drift from the code.
import { z } from 'zod';
import { createDocument } from 'zod-openapi';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import { DEFAULT_SORT_FIELD, TOTAL_CAP, TOTAL_EXCEEDS_HEADER } from '../http/list-query.ts';
import type { RouteSpec } from '../http/route.ts';

// Open: some problems carry more (the import's `rows`, a 503's `retryAfter`).
const problem = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(
        z.object({
          pointer: z.string(),
          code: z.string(),
          message: z.string(),
          params: z.record(z.string(), z.string()).optional(),
          location: z.record(z.string(), z.unknown()).optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

function listQuery(sortable: readonly string[]) {
  return z.object({
    sort: z
      .string()
      .optional()
      .meta({
        description: 'JSON ["champ","ASC"|"DESC"] ; "id" : ordre par défaut de la ressource',
        example: JSON.stringify([sortable[0] ?? 'id', 'ASC']),
      }),
    range: z.string().optional().meta({ description: 'JSON [début, fin] inclusifs', example: '[0,24]' }),
    filter: z.string().optional().meta({ description: 'JSON des filtres (schéma x-filter-schema)', example: '{}' }),
  });
}

/** Express `/a/:id/b` → OpenAPI `/api/a/{id}/b`. */
export function openApiPath(path: string): string {
  return `/api${path.replace(/:(\w+)/g, '{$1}')}`;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Requête invalide (paramètre, filtre, texte contenant un caractère nul ou Unicode invalide)',
  401: 'Non authentifié',
  403: 'Rôle insuffisant',
  404: 'Introuvable',
  409: 'Conflit avec l’état de la ressource',
  413: 'Corps trop volumineux',
  415: 'Type de contenu non pris en charge',
  422: 'Données refusées',
  429: 'Trop de tentatives',
  503: 'Temporal ou l’exécuteur des parcours indisponible : réessayer après Retry-After secondes',
};

/** Every status the route can answer besides success, from what it declares (params, body, Temporal, roles). */
function errorStatuses(spec: RouteSpec): number[] {
  const statuses = new Set<number>([400, ...(spec.errors ?? [])]);
  if (spec.roles !== 'public') [401, 403].forEach((s) => statuses.add(s));
  if (spec.params) statuses.add(404);
  if (spec.roles !== 'public' && spec.method !== 'get') [404, 409, 422].forEach((s) => statuses.add(s));
  if (spec.body) [413, 422].forEach((s) => statuses.add(s));
  if (spec.bodyType) statuses.add(415);
  if (spec.temporal) statuses.add(503);
  for (const status of Object.keys(spec.extraResponses ?? {})) statuses.delete(Number(status));
  return [...statuses].sort();
}

function problemResponse(status: number) {
  return {
    description: DESCRIPTIONS[status] ?? 'Erreur',
    content: { 'application/problem+json': { schema: problem } },
    ...(status === 503
      ? { headers: { 'Retry-After': { schema: { type: 'string' as const }, description: 'secondes' } } }
      : {}),
  };
}

function operation(spec: RouteSpec): ZodOpenApiOperationObject {
  const errors = Object.fromEntries(errorStatuses(spec).map((status) => [String(status), problemResponse(status)]));
  const extra = Object.fromEntries(
    Object.entries(spec.extraResponses ?? {}).map(([status, r]) => [
      status,
      { description: r.description, content: { 'application/json': { schema: r.schema } } },
    ]),
  );
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
      ...(spec.query || spec.list
        ? { query: (spec.query ?? listQuery(spec.list?.sortable ?? [])) as z.ZodObject }
        : {}),
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
          ? {
              headers: {
                'Content-Range': {
                  schema: { type: 'string' as const, pattern: '^\\S+ \\d+-\\d+/(\\d+|\\*)$' },
                  description: `ressource début-fin/total ; total exact jusqu’à ${TOTAL_CAP} (ou jusqu’à la fin de la page demandée), « * » au-delà`,
                },
                [TOTAL_EXCEEDS_HEADER]: {
                  schema: { type: 'string' as const, pattern: '^\\d+$' },
                  description:
                    'Présent quand le total dépasse le plafond (Content-Range « /* ») : le nombre que le total dépasse',
                },
              },
            }
          : {}),
        content: { [contentType]: { schema: spec.success?.schema ?? z.unknown() } },
      },
      ...errors,
      ...extra,
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
