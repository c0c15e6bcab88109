// Login throttling as OWASP's authentication cheat sheet recommends: only failures count, per account and per address,
// and enough of them within the window lock that account (or address) for a while, each lock twice as long as the
// previous one. The account key is the e-mail as typed, so an unknown address is throttled exactly like a real one
// (nothing to learn from the answers). A successful login clears its account's record; the address's stays (one valid
// account must not buy unlimited guesses at the others from the same address).
//
// Hand-written on a small table rather than with rate-limiter-flexible: its PostgreSQL store creates its own table at
// run time (the app's role may not, and tests/db/schema-drift.test.ts would not know it), and counting failures only,
// with progressive locks, is two SQL statements here.
import type { PrismaClient } from '@parcours/db';

export interface ThrottlePolicy {
  /** Failures within the window that lock the key. */
  limit: number;
  windowMs: number;
  /** First lock; each following one doubles, up to maxLockMs. */
  lockMs: number;
  maxLockMs: number;
}

export interface LoginThrottleOptions {
  account: ThrottlePolicy;
  address: ThrottlePolicy;
}

const WINDOW = 15 * 60_000;
export const DEFAULT_THROTTLE: LoginThrottleOptions = {
  // Five wrong passwords in 15 minutes lock the account for 1 minute, then 2, 4… up to an hour.
  account: { limit: 5, windowMs: WINDOW, lockMs: 60_000, maxLockMs: 60 * 60_000 },
  // An office behind one address shares it: 100 failures (not logins) in 15 minutes before it is locked.
  address: { limit: 100, windowMs: WINDOW, lockMs: 5 * 60_000, maxLockMs: 60 * 60_000 },
};

export type Scope = 'account' | 'address';
export interface Lock {
  scope: Scope;
  until: Date;
}

const keyOf = (scope: Scope, value: string) => `${scope}:${value}`;

export class LoginThrottle {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: LoginThrottleOptions = DEFAULT_THROTTLE,
  ) {}

  /** The lock in force for this account or address, if any (the later one when both are). */
  async lockFor(email: string, address: string): Promise<Lock | null> {
    const rows = await this.prisma.loginThrottle.findMany({
      where: { key: { in: [keyOf('account', email), keyOf('address', address)] }, lockedUntil: { gt: new Date() } },
      orderBy: { lockedUntil: 'desc' },
      take: 1,
    });
    const row = rows[0];
    if (!row?.lockedUntil) return null;
    return { scope: row.key.startsWith('account:') ? 'account' : 'address', until: row.lockedUntil };
  }

  private failuresSincePrune = 0;

  /** Counts a failure against both keys; returns the locks it started. */
  async recordFailure(email: string, address: string): Promise<Lock[]> {
    // Keys are typed e-mails too, so rows of a day without failures (and no lock in force) are dropped now and then.
    if (++this.failuresSincePrune >= 100) {
      this.failuresSincePrune = 0;
      await this.prisma.loginThrottle.deleteMany({
        where: {
          updatedAt: { lt: new Date(Date.now() - 24 * 60 * 60_000) },
          OR: [{ lockedUntil: null }, { lockedUntil: { lt: new Date() } }],
        },
      });
    }
    const locks: Lock[] = [];
    for (const [scope, value] of [
      ['account', email],
      ['address', address],
    ] as const) {
      const until = await this.countFailure(keyOf(scope, value), this.options[scope]);
      if (until) locks.push({ scope, until });
    }
    return locks;
  }

  /** A successful login: the account starts afresh (its progressive lock too). */
  async recordSuccess(email: string): Promise<void> {
    await this.prisma.loginThrottle.deleteMany({ where: { key: keyOf('account', email) } });
  }

  private async countFailure(key: string, p: ThrottlePolicy): Promise<Date | null> {
    // One atomic upsert: a window older than windowMs starts again at 1; a day without failures forgets past locks.
    const windowSeconds = p.windowMs / 1000;
    await this.prisma.$executeRaw`
      INSERT INTO "LoginThrottle" ("key", "failures", "windowStartedAt", "updatedAt") VALUES (${key}, 1, now(), now())
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStartedAt" < now() - make_interval(secs => ${windowSeconds}::float8)
          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStartedAt" = CASE WHEN "LoginThrottle"."windowStartedAt" < now() - make_interval(secs => ${windowSeconds}::float8)
          THEN now() ELSE "LoginThrottle"."windowStartedAt" END,
        "lockouts" = CASE WHEN "LoginThrottle"."updatedAt" < now() - interval '1 day' THEN 0
          ELSE "LoginThrottle"."lockouts" END,
        "updatedAt" = now()`;
    // Conditional too: of concurrent failures crossing the limit, one starts the lock and the count begins again.
    const locked = await this.prisma.$queryRaw<{ lockedUntil: Date }[]>`
      UPDATE "LoginThrottle" SET
        "lockedUntil" = now() + make_interval(secs => LEAST(${p.lockMs / 1000}::float8 * power(2, LEAST("lockouts", 30)), ${p.maxLockMs / 1000}::float8)),
        "lockouts" = "lockouts" + 1, "failures" = 0, "windowStartedAt" = now()
      WHERE "key" = ${key} AND "failures" >= ${p.limit}::int
      RETURNING "lockedUntil"`;
    return locked[0]?.lockedUntil ?? null;
  }
}
