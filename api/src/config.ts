// API configuration: one zod-validated object read from the environment at boot; tests derive theirs by override.
// Keep in step with docker-compose.yml and tests/compose/docker-compose.test.ts.
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';
import { outcomeList } from '@parcours/rules/outcomes';

// The reverse proxies whose X-Forwarded-For the API believes: addresses or CIDR ranges, or proxy-addr's names for whole
// ranges (loopback, linklocal, uniquelocal), comma-separated. Unset: none, the socket's address is the client's.
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const trustProxy = z
  .string()
  .trim()
  .transform((v) =>
    v
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  )
  .refine(
    (list) =>
      list.every((p) => {
        const [address, prefix, ...rest] = p.split('/');
        if (PROXY_NAMES.includes(p)) return true;
        const family = isIP(address ?? '');
        if (!family || rest.length) return false;
        return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
      }),
    { message: `addresses or CIDR ranges, or ${PROXY_NAMES.join(', ')}, comma-separated` },
  )
  .transform((list): string[] | false => (list.length ? list : false));

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const apiConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATABASE_URL: z.string().url(),
    /** Connections the API keeps to PostgreSQL (node-postgres pool of the Prisma adapter). */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    /**
     * Prepared statements for the SQL the API repeats (db/src/statement-names.ts): planned once per connection. `npm
     * start` turns them off on its embedded PGlite store, whose connections share one session.
     */
    DATABASE_PREPARED_STATEMENTS: booleanString.default(true),
    TEMPORAL_ADDRESS: z.string().default('localhost:7233'),
    TEMPORAL_NAMESPACE: z.string().default('default'),
    TEMPORAL_TASK_QUEUE: z.string().default('parcours'),
    /** Deadline of each request's Temporal calls (start, signal, history); past it the answer is a 503. */
    TEMPORAL_CALL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    /** Deadline of the Updates that wait for the worker (complete, reassign, facts). */
    TEMPORAL_UPDATE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ADMIN_ORIGIN: z.string().url().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SMTP_URL: z.string().url().optional(),
    PARCOURS_DEMO: booleanString.default(false),
    /** The CPTS's name, printed on the documents it hands out (the right-of-access report). */
    CPTS_NAME: z.string().trim().min(1).max(200).default('CPTS'),
    ADMIN_DIST: z.string().optional(),
    /**
     * The CPTS's own journey outcomes, added to the base list of rules/ (JSON: `[{"code":"hospitalised","fr":"hospitalisé",
     * "en":"hospitalised"}]`). Configuration rather than a table: published definitions and ended journeys keep these
     * codes for years, so a code may be added by whoever deploys but never renamed or deleted from a screen.
     */
    PARCOURS_EXTRA_OUTCOMES: z
      .string()
      .optional()
      .transform((raw, ctx) => {
        if (!raw) return [];
        try {
          return JSON.parse(raw) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
          return z.NEVER;
        }
      })
      .pipe(
        z.array(
          z.strictObject({
            code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug'),
            fr: z.string().min(1).max(80),
            en: z.string().min(1).max(80).optional(),
          }),
        ),
      ),
    TRUST_PROXY: trustProxy.default(false),
    /** How long a break-the-glass access to a patient outside one's care team lasts (hours). */
    BREAK_GLASS_HOURS: z.coerce.number().positive().max(168).default(12),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && !c.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
    if (c.NODE_ENV === 'production' && c.PARCOURS_DEMO) {
      ctx.addIssue({ code: 'custom', path: ['PARCOURS_DEMO'], message: 'demo logins are refused in production' });
    }
  })
  // Outside production a missing secret gets a random one: tokens then simply do not survive a restart.
  .transform((c) => ({
    ...c,
    JWT_SECRET: c.JWT_SECRET ?? randomBytes(32).toString('hex'),
    /** Every outcome an `end` step may name: the base list, then the CPTS's own. */
    OUTCOMES: outcomeList(
      c.PARCOURS_EXTRA_OUTCOMES.map((o) => ({ code: o.code, label: { fr: o.fr, en: o.en ?? o.fr } })),
    ),
  }));

export type ApiConfig = z.infer<typeof apiConfigSchema>;

export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = apiConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid API configuration: ${problems}`);
  }
  return parsed.data;
}
