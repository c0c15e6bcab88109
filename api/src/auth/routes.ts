// POST /api/auth/login and /api/auth/refresh. Password login is one identity provider; an OpenID Connect provider
// (Pro Santé Connect) would plug in beside it by resolving a User from its id token and calling issueSession().
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { route } from '../http/route.ts';
import { parseBody } from '../http/validate.ts';
import { verifyPassword } from './passwords.ts';
import type { Principal, TokenService } from './tokens.ts';

export const loginBody = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});
export const refreshBody = z.strictObject({ refreshToken: z.string().min(1).max(4096) });
const tag = 'auth';

async function issueSession(
  tokens: TokenService,
  user: { id: string; email: string; displayName: string; role: Principal['role']; profession: string | null },
) {
  const principal: Principal = { id: user.id, email: user.email, role: user.role, profession: user.profession };
  return {
    token: await tokens.sign(principal, 'access'),
    refreshToken: await tokens.sign(principal, 'refresh'),
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      profession: user.profession,
    },
  };
}

function loginLimiter(deps: ApiDeps) {
  return rateLimit({
    windowMs: 15 * 60_000,
    limit: deps.loginLimit ?? 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new AppError(429, 'too_many_attempts', 'Trop de tentatives, réessayez plus tard')),
  });
}

export const authRoutes = [
  route({
    method: 'post',
    path: '/auth/login',
    roles: 'public',
    tag,
    summary: 'Connexion par e-mail et mot de passe (limitée en fréquence)',
    body: loginBody,
    errors: [401, 429],
    before: (deps) => [loginLimiter(deps)],
    handler:
      ({ prisma, tokens }) =>
      async (req, res) => {
        const { email, password } = parseBody(loginBody, req);
        const user = await prisma.user.findUnique({ where: { email } });
        const ok = user?.active && user.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
        if (!user || !ok) throw new AppError(401, 'invalid_credentials', 'Adresse e-mail ou mot de passe incorrect');
        res.json(await issueSession(tokens, user));
      },
  }),
  route({
    method: 'post',
    path: '/auth/refresh',
    roles: 'public',
    tag,
    summary: 'Renouvelle la session à partir du jeton de rafraîchissement',
    body: refreshBody,
    errors: [401],
    handler:
      ({ prisma, tokens }) =>
      async (req, res) => {
        const { refreshToken } = parseBody(refreshBody, req);
        const claims = await tokens.verify(refreshToken, 'refresh');
        const user = claims ? await prisma.user.findUnique({ where: { id: claims.id } }) : null;
        if (!user?.active) throw new AppError(401, 'invalid_refresh', 'Session expirée, reconnectez-vous');
        res.json(await issueSession(tokens, user));
      },
  }),
];
