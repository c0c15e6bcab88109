// Builds the express application: security headers, request ids and logs, body limits, the routers under /api, the
// built admin at /, and one problem+json error handler. Only mounts: the routes live in their domain folders.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { authenticate } from './auth/middleware.ts';
import { authRouter } from './auth/routes.ts';
import type { ApiDeps } from './deps.ts';
import { healthRouter } from './health/routes.ts';
import { notFoundHandler, problemHandler } from './http/errors.ts';
import { journeysRouter } from './journeys/routes.ts';
import { parcoursRouter } from './parcours/routes.ts';
import { patientsRouter } from './patients/routes.ts';
import { tasksRouter } from './tasks/routes.ts';

export const BODY_LIMIT = '1mb';

export function createApp(deps: ApiDeps, logger: Logger): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    }),
  );
  app.use(helmet());

  const api = express.Router();
  api.use(
    cors({
      origin: deps.config.ADMIN_ORIGIN ?? false,
      exposedHeaders: ['Content-Range', 'X-Request-Id'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Range', 'Idempotency-Key', 'X-Request-Id'],
    }),
  );
  api.use(express.json({ limit: BODY_LIMIT }));
  api.use('/health', healthRouter(deps));
  api.use('/auth', authRouter(deps));
  api.use(authenticate(deps.tokens));
  api.use('/parcours', parcoursRouter(deps));
  api.use('/patients', patientsRouter(deps));
  api.use('/journeys', journeysRouter(deps));
  api.use('/tasks', tasksRouter(deps));
  api.use(notFoundHandler);
  app.use('/api', api);

  const adminDist = deps.config.ADMIN_DIST ?? join(import.meta.dirname, '../../admin/dist');
  if (existsSync(adminDist)) {
    app.use(express.static(adminDist, { index: false, maxAge: '1h' }));
    // Single-page app: every other GET gets index.html and the client router takes over.
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(join(adminDist, 'index.html')));
  }
  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}
