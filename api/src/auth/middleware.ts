// Authentication and role checks, enforced on the server for every route under /api except login/refresh/health.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Db, queryDirect } from '@parcours/db';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import type { Principal, Role } from './tokens.ts';

declare module 'express-serve-static-core' {
  interface Request {
    user?: Principal;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const unauthenticated = () => new AppError(401, 'unauthenticated', 'Session absente ou expirée');

/**
 * A valid signature is not enough: the user must still be active and the token issued under their current token
 * version (deactivation bumps it). One primary-key read per request; role and profession come from that row, so a
 * change of role applies at once too.
 */
export function authenticate({ tokens, prisma }: Pick<ApiDeps, 'tokens' | 'prisma'>): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.get('authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    const claims = token ? await tokens.verify(token, 'access') : null;
    if (!claims || !UUID.test(claims.id)) return next(unauthenticated());
    // Still one read: the pools and communes come with the row, for the professionals' scope (auth/scope.ts).
    // Straight on the pool and prepared (queryDirect): every request runs it.
    const [user] = await queryDirect<
      Principal & { active: boolean; tokenVersion: number; pools: string[]; communes: string[] }
    >(
      prisma,
      Db.Prisma.sql`
      SELECT u.id::text AS id, u.email, u.role::text AS role, u.profession, u.active, u."tokenVersion",
             ARRAY(SELECT pm."poolKey" FROM "PoolMember" pm WHERE pm."userId" = u.id ORDER BY 1) AS pools,
             ARRAY(SELECT uc."communeCode"::text FROM "UserCommune" uc WHERE uc."userId" = u.id ORDER BY 1) AS communes
      FROM "User" u WHERE u.id = ${claims.id}::uuid`,
    );
    if (!user?.active || user.tokenVersion !== claims.tokenVersion) return next(unauthenticated());
    req.user = {
      id: user.id,
      email: user.email,
      role: user.role,
      profession: user.profession,
      reach: { pools: user.pools, communes: user.communes },
    };
    next();
  };
}

/** Lets the request through only for the given roles. */
export function allow(...allowed: Role[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.user) return next(unauthenticated());
    if (!allowed.includes(req.user.role))
      return next(new AppError(403, 'forbidden', 'Votre rôle ne permet pas cette action'));
    next();
  };
}

export function currentUser(req: Request): Principal {
  if (!req.user) throw unauthenticated();
  return req.user;
}
