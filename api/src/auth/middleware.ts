// Authentication and role checks, enforced on the server for every route under /api except login/refresh/health.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError } from '../http/errors.ts';
import type { Principal, Role, TokenService } from './tokens.ts';

declare module 'express-serve-static-core' {
  interface Request {
    user?: Principal;
  }
}

export function authenticate(tokens: TokenService): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.get('authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    const user = token ? await tokens.verify(token, 'access') : null;
    if (!user) return next(new AppError(401, 'unauthenticated', 'Session absente ou expirée'));
    req.user = user;
    next();
  };
}

/** Lets the request through only for the given roles. */
export function allow(...allowed: Role[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.user) return next(new AppError(401, 'unauthenticated', 'Session absente ou expirée'));
    if (!allowed.includes(req.user.role))
      return next(new AppError(403, 'forbidden', 'Votre rôle ne permet pas cette action'));
    next();
  };
}

export function currentUser(req: Request): Principal {
  if (!req.user) throw new AppError(401, 'unauthenticated', 'Session absente ou expirée');
  return req.user;
}
