// POST /api/auth/login and /api/auth/refresh. Password login is one identity provider; an OpenID Connect provider
// (Pro Santé Connect) would plug in beside it by resolving a User from its id token and calling issueSession().
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { route } from '../http/route.ts';
import { parseBody } from '../http/validate.ts';
import { DEFAULT_THROTTLE, LoginThrottle, type Lock } from './login-throttle.ts';
import { verifyPassword, verifyAgainstNothing } from './passwords.ts';
import { issueRefreshToken, spendRefreshToken } from './refresh-tokens.ts';
import type { Principal } from './tokens.ts';

export const loginBody = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});
export const refreshBody = z.strictObject({ refreshToken: z.string().min(1).max(4096) });
const tag = 'auth';

interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Principal['role'];
  profession: string | null;
  tokenVersion: number;
}

/** An access token under the user's current token version, and a refresh token (a new family unless one is given). */
async function issueSession(
  { prisma, tokens }: Pick<ApiDeps, 'prisma' | 'tokens'>,
  user: SessionUser,
  family?: string,
) {
  return {
    token: await tokens.sign(
      { id: user.id, email: user.email, role: user.role, profession: user.profession, tokenVersion: user.tokenVersion },
      'access',
    ),
    refreshToken: await issueRefreshToken(prisma, user.id, family),
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      profession: user.profession,
    },
  };
}

const invalidCredentials = () => new AppError(401, 'invalid_credentials', 'Adresse e-mail ou mot de passe incorrect');
const invalidRefresh = () => new AppError(401, 'invalid_refresh', 'Session expirée, reconnectez-vous');

function locked(lock: Lock): AppError {
  const seconds = Math.max(1, Math.ceil((lock.until.getTime() - Date.now()) / 1000));
  return new AppError(
    429,
    'too_many_attempts',
    'Trop de tentatives, réessayez plus tard',
    [],
    { retryAfter: seconds },
    { 'Retry-After': String(seconds) },
  );
}

function throttleOf(deps: ApiDeps): LoginThrottle {
  const options = deps.loginThrottle ?? DEFAULT_THROTTLE;
  return new LoginThrottle(deps.prisma, {
    account: options.account,
    address: { ...options.address, ...(deps.loginLimit ? { limit: deps.loginLimit } : {}) },
  });
}

export const authRoutes = [
  route({
    method: 'post',
    path: '/auth/login',
    permission: 'public',
    tag,
    summary: 'Connexion par e-mail et mot de passe (échecs limités par compte et par adresse)',
    body: loginBody,
    errors: [401, 429],
    handler: (deps) => {
      const throttle = throttleOf(deps);
      // Made now rather than on the first unknown account, whose answer would otherwise take two hashes' time.
      void verifyAgainstNothing('');
      return async (req, res) => {
        const { prisma } = deps;
        const { email, password } = parseBody(loginBody, req);
        const address = req.ip ?? 'unknown';
        const lock = await throttle.lockFor(email, address);
        if (lock) throw locked(lock);
        const user = await prisma.user.findUnique({ where: { email } });
        const hash = user?.active && user.passwordHash ? user.passwordHash : null;
        // Unknown, inactive and password-less accounts still cost one argon2 verification: the answer takes as long
        // as for a wrong password, so its timing does not tell which accounts exist.
        const ok = hash ? await verifyPassword(hash, password) : await verifyAgainstNothing(password);
        const actor = { id: user?.id ?? null, role: user?.role ?? null };
        if (!user || !ok) {
          const locks = await throttle.recordFailure(email, address);
          await recordAudit(prisma, req, { action: 'login_failed', actor, resource: 'session', details: { email } });
          for (const started of locks) {
            await recordAudit(prisma, req, {
              action: 'lockout',
              actor,
              resource: 'session',
              details: { email, scope: started.scope, until: started.until.toISOString() },
            });
          }
          throw invalidCredentials();
        }
        await throttle.recordSuccess(email);
        await recordAudit(prisma, req, { action: 'login', actor, resource: 'session' });
        res.json(await issueSession(deps, user));
      };
    },
  }),
  route({
    method: 'post',
    path: '/auth/refresh',
    permission: 'public',
    tag,
    summary:
      'Renouvelle la session (le jeton de rafraîchissement est à usage unique ; un jeton réutilisé révoque la session)',
    body: refreshBody,
    errors: [401],
    handler: (deps) => async (req, res) => {
      const { prisma } = deps;
      const { refreshToken } = parseBody(refreshBody, req);
      const spent = await spendRefreshToken(prisma, refreshToken);
      if (spent.status === 'reused') {
        await recordAudit(prisma, req, {
          action: 'refresh_reuse',
          actor: { id: spent.userId, role: null },
          resource: 'session',
          resourceId: spent.familyId,
          details: { revoked: 'family' },
        });
      }
      if (spent.status !== 'rotated') throw invalidRefresh();
      const user = await prisma.user.findUnique({ where: { id: spent.userId } });
      if (!user?.active) throw invalidRefresh();
      res.json(await issueSession(deps, user, spent.familyId));
    },
  }),
];
