// One error type thrown anywhere, turned into RFC 9457 problem+json by one handler. Expected errors log at warn;
// anything else is a 500 that leaks nothing but the request id.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';

export interface FieldError {
  pointer: string;
  code: string;
  message: string;
  /** For clients that write their own message: the values it names, and where it is in the client's terms. */
  params?: Record<string, string>;
  location?: Record<string, unknown>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
    /** Response headers that go with the problem (Retry-After of a 503, Allow of a 405). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const titles: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Authentification requise',
  403: 'Accès refusé',
  404: 'Introuvable',
  405: 'Méthode non permise',
  409: 'Conflit',
  413: 'Requête trop volumineuse',
  422: 'Données refusées',
  429: 'Trop de requêtes',
  500: 'Erreur interne',
  503: 'Service indisponible',
};

/** Turns zod issues into located errors; `root` is the JSON pointer of the validated part (/body, /query…). */
export function zodFieldErrors(error: z.ZodError, root: string): FieldError[] {
  return error.issues.map((issue) => ({
    pointer: `${root}${issue.path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')}`,
    code: issue.code,
    message: issue.message,
  }));
}

export const notFoundHandler: RequestHandler = (req) => {
  throw new AppError(404, 'not_found', `Aucune ressource à ${req.method} ${req.path}`);
};

export const problemHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  let problem: AppError;
  if (error instanceof AppError) problem = error;
  else if (isBodyParserError(error)) {
    problem =
      error.type === 'entity.too.large'
        ? new AppError(413, 'payload_too_large', 'Le corps de la requête dépasse la taille autorisée')
        : new AppError(400, 'malformed_body', 'Le corps de la requête n’est pas un JSON valide');
  } else if (isClientHttpError(error)) {
    // serve-static and other http-errors users: an unknown static file is a 404, not a 500.
    problem =
      error.status === 404
        ? new AppError(404, 'not_found', `Aucune ressource à ${req.method} ${req.path}`)
        : new AppError(error.status, 'bad_request', 'Requête refusée');
  } else problem = new AppError(500, 'internal', 'Une erreur inattendue est survenue');

  if (problem.status >= 500) req.log?.error({ err: error }, 'request failed');
  else req.log?.warn({ code: problem.code, status: problem.status }, problem.message);

  res
    .status(problem.status)
    .set(problem.headers)
    .type('application/problem+json')
    .json({
      type: `https://parcours.dev/problems/${problem.code}`,
      title: titles[problem.status] ?? 'Erreur',
      status: problem.status,
      detail: problem.message,
      code: problem.code,
      instance: req.originalUrl,
      requestId: req.id,
      ...(problem.errors.length ? { errors: problem.errors } : {}),
      ...problem.extra,
    });
};

function isClientHttpError(error: unknown): error is { status: number } {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function isBodyParserError(error: unknown): error is { type: string; status: number } {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}
