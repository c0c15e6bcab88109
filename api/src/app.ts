// Builds the express application: security headers, request ids and logs, body limits, every route of the registry
// under /api with its role check, the built admin at /, and one problem+json error handler. Only mounts: the routes
// live in their domain folders.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { allow, authenticate } from './auth/middleware.ts';
import type { ApiDeps } from './deps.ts';
import { EnrolmentRunner } from './enrolments/runner.ts';
import { methodNotAllowed } from './http/method-not-allowed.ts';
import { notFoundHandler, problemHandler } from './http/errors.ts';
import { refuseUnsafeText } from './http/refuse-unsafe-text.ts';
import { withTemporalDeadline, updateUnavailable } from './temporal/availability.ts';
import type { RouteSpec } from './http/route.ts';
import { generateRequestId } from './http/request-id.ts';
import { TOTAL_EXCEEDS_HEADER } from './http/list-query.ts';
import { apiRoutes } from './routes.ts';

export const BODY_LIMIT = '1mb';

export type AppInput = Omit<ApiDeps, 'enrolments'> & { enrolments?: EnrolmentRunner };

export function createApp(input: AppInput, logger: Logger): express.Express {
  const deps: ApiDeps = { ...input, enrolments: input.enrolments ?? new EnrolmentRunner(input, logger) };
  const app = express();
  app.locals.deps = deps;
  app.disable('x-powered-by');
  // No ETag on API answers: they are `Cache-Control: no-store` (patient data), so a validator is never used, and
  // hashing every body cost ≈1 % of the worklist's API CPU (bench/api). Static assets keep serve-static's own ETags.
  app.set('etag', false);
  // Forwarded headers (X-Forwarded-For…) are believed only from the proxies TRUST_PROXY lists: from anyone else they
  // are ignored, so a client cannot choose the address its logins are throttled and audited under.
  app.set('trust proxy', deps.config.TRUST_PROXY);
  app.use(
    pinoHttp({
      logger,
      genReqId: generateRequestId,
      customProps: (req) => {
        const clientRequestId = (req as { clientRequestId?: string }).clientRequestId;
        return clientRequestId ? { clientRequestId } : {};
      },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    }),
  );
  app.use(helmet());
  // Powerful browser features the back office never uses stay off, for it and anything injected into it.
  app.use((_req, res, next) => {
    res.set('Permissions-Policy', PERMISSIONS_POLICY);
    next();
  });

  const api = express.Router();
  api.use(
    cors({
      origin: deps.config.ADMIN_ORIGIN ?? false,
      exposedHeaders: ['Content-Range', TOTAL_EXCEEDS_HEADER, 'X-Request-Id', 'Idempotent-Replayed'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Range', 'Idempotency-Key', 'X-Request-Id'],
    }),
  );
  // Answers carry health data: no browser or proxy keeps a copy.
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(express.json({ limit: BODY_LIMIT }));
  api.use(refuseUnsafeText);
  const authenticated = authenticate(deps);
  // The 405 guards live in their own router: the api router's routes stay exactly the registry's.
  const methodGuards = express.Router();
  for (const [path, { methods, prefix }] of methodsByPath(apiRoutes)) {
    if (prefix) methodGuards.use(path, methodNotAllowed(methods));
    else methodGuards.all(path, methodNotAllowed(methods));
  }
  api.use(methodGuards);
  for (const spec of apiRoutes) {
    const guards = spec.roles === 'public' ? [] : [authenticated, allow(...spec.roles)];
    const handlers = [...guards, ...(spec.before?.(deps) ?? []), withDeadline(spec, deps)];
    if (spec.prefix) api.use(spec.path, ...handlers);
    else api[spec.method](spec.path, ...handlers);
  }
  api.use(notFoundHandler);
  app.use('/api', api);
  app.locals.apiRouter = api;

  const adminDist = deps.config.ADMIN_DIST ?? join(import.meta.dirname, '../../admin/dist');
  if (existsSync(adminDist)) {
    // The bundle is ~1.2 MB raw, ~370 kB gzipped (bench/admin). Vite names assets by content hash, so they never change
    // under one name: cache them for a year; index.html itself is revalidated so a new release is picked up.
    app.use(compression());
    app.use(
      '/assets',
      express.static(join(adminDist, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: false }),
    );
    app.use(express.static(adminDist, { index: false, maxAge: 0 }));
    // Single-page app: every other GET gets index.html and the client router takes over.
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(join(adminDist, 'index.html')));
  }
  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}

const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** The route's handler, run under its Temporal deadline when it calls Temporal. */
function withDeadline(spec: RouteSpec, deps: ApiDeps): express.RequestHandler {
  const handler = spec.handler(deps);
  if (!spec.temporal) return handler;
  const update = spec.temporal === 'update';
  const ms = update ? deps.config.TEMPORAL_UPDATE_TIMEOUT_MS : deps.config.TEMPORAL_CALL_TIMEOUT_MS;
  return async (req, res, next) => {
    await withTemporalDeadline(
      deps.temporal,
      ms,
      async () => {
        await handler(req, res, next);
      },
      update ? () => updateUnavailable(deps.temporal) : undefined,
    );
  };
}

/** Methods of each path; literal paths first, so `/parcours/validate` is not taken for `/parcours/:id`. */
function methodsByPath(routes: readonly RouteSpec[]): Map<string, { methods: string[]; prefix: boolean }> {
  const byPath = new Map<string, { methods: string[]; prefix: boolean }>();
  const ordered = [...routes].sort((a, b) => Number(a.path.includes(':')) - Number(b.path.includes(':')));
  for (const spec of ordered) {
    const entry = byPath.get(spec.path) ?? { methods: [], prefix: Boolean(spec.prefix) };
    entry.methods.push(spec.method);
    byPath.set(spec.path, entry);
  }
  return byPath;
}

/** The enrolment runner of an app built by createApp (tests wait on it; the server resumes and stops it). */
export function enrolmentRunnerOf(app: express.Express): EnrolmentRunner {
  return (app.locals.deps as ApiDeps).enrolments;
}
