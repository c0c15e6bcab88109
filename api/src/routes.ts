// The registry of every route under /api. app.ts mounts exactly these, the OpenAPI document describes exactly these,
// and the authorisation matrix test checks its table against exactly these.
import swaggerUi from 'swagger-ui-express';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { breakGlassRoutes } from './break-glass/routes.ts';
import { communesRoutes } from './communes/routes.ts';
import { buildOpenApi } from './docs/openapi.ts';
import { enrolmentsRoutes } from './enrolments/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { route, type RouteSpec } from './http/route.ts';
import { indicatorsRoutes } from './indicators/routes.ts';
import { journeysRoutes } from './journeys/routes.ts';
import { messagesRoutes } from './messages/routes.ts';
import { parcoursRoutes } from './parcours/routes.ts';
import { patientsRoutes } from './patients/routes.ts';
import { poolsRoutes } from './pools/routes.ts';
import { tasksRoutes } from './tasks/routes.ts';
import { usersRoutes } from './users/routes.ts';

let document: ReturnType<typeof buildOpenApi> | undefined;
/** Built on first use: the routes are static, the document is too. */
export function openApiDocument() {
  document ??= buildOpenApi(apiRoutes);
  return document;
}

const docsRoutes = [
  route({
    method: 'get',
    path: '/openapi.json',
    permission: 'public',
    tag: 'docs',
    summary: 'Ce document OpenAPI 3.1',
    handler: () => (_req, res) => {
      res.json(openApiDocument());
    },
  }),
  route({
    method: 'get',
    path: '/docs',
    permission: 'public',
    tag: 'docs',
    summary: 'Documentation interactive (Swagger UI, servie localement)',
    success: { status: 200, contentType: 'text/html' },
    prefix: true,
    before: () => swaggerUi.serveFiles(undefined, { swaggerOptions: { url: '/api/openapi.json' } }),
    handler: () => swaggerUi.setup(undefined, { swaggerOptions: { url: '/api/openapi.json' } }),
  }),
];

export const apiRoutes: readonly RouteSpec[] = [
  ...healthRoutes,
  ...authRoutes,
  ...docsRoutes,
  ...parcoursRoutes,
  // Before the patients' routes: GET /patients/lookup would otherwise be GET /patients/:id.
  ...breakGlassRoutes,
  ...patientsRoutes,
  ...usersRoutes,
  ...communesRoutes,
  ...poolsRoutes,
  ...journeysRoutes,
  ...tasksRoutes,
  ...enrolmentsRoutes,
  ...indicatorsRoutes,
  ...auditRoutes,
  ...messagesRoutes,
];
