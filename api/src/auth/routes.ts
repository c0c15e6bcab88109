// POST /api/auth/login and /api/auth/refresh. Password login is one identity provider; an OpenID Connect provider
// (Pro Santé Connect) would plug in beside it by resolving a User from its id token and calling issueSession().
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { PrismaClient } from '@parcours/worker';
import { AppError } from '../http/errors.ts';
import { parseBody } from '../http/validate.ts';
import { verifyPassword } from './passwords.ts';
import type { Principal, TokenService } from './tokens.ts';

const loginBody = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});
const refreshBody = z.object({ refreshToken: z.string().min(1).max(4096) });

export function authRouter(deps: { prisma: PrismaClient; tokens: TokenService; loginLimit?: number }): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: deps.loginLimit ?? 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new AppError(429, 'too_many_attempts', 'Trop de tentatives, réessayez plus tard')),
  });

  async function issueSession(user: {
    id: string;
    email: string;
    displayName: string;
    role: Principal['role'];
    profession: string | null;
  }) {
    const principal: Principal = { id: user.id, email: user.email, role: user.role, profession: user.profession };
    return {
      token: await deps.tokens.sign(principal, 'access'),
      refreshToken: await deps.tokens.sign(principal, 'refresh'),
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        profession: user.profession,
      },
    };
  }

  router.post('/login', limiter, async (req, res) => {
    const { email, password } = parseBody(loginBody, req);
    const user = await deps.prisma.user.findUnique({ where: { email } });
    const ok = user?.active && user.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
    if (!user || !ok) throw new AppError(401, 'invalid_credentials', 'Adresse e-mail ou mot de passe incorrect');
    res.json(await issueSession(user));
  });

  router.post('/refresh', async (req, res) => {
    const { refreshToken } = parseBody(refreshBody, req);
    const claims = await deps.tokens.verify(refreshToken, 'refresh');
    const user = claims ? await deps.prisma.user.findUnique({ where: { id: claims.id } }) : null;
    if (!user?.active) throw new AppError(401, 'invalid_refresh', 'Session expirée, reconnectez-vous');
    res.json(await issueSession(user));
  });

  return router;
}
