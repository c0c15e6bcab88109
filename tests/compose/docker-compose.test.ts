// Static checks of docker-compose.yml, Dockerfile and compose.env.example against each other and against what the app reads.
// No Docker engine runs on the dev machines or in CI, so a stack that would only fail at `docker compose up` (a missing
// env var, a wrong host name, a dependency on a service that never becomes healthy) has to be caught here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

type Need = 'required' | 'optional' | 'unused';
// Every env var the app reads, and which process needs set in the stack ('optional': read, may be left unset). Keep in
// step with api/src/config.ts and worker/src/config.ts: both columns are also checked against their zod schemas below.
const APP_ENV: Record<string, { api: Need; worker: Need }> = {
  NODE_ENV: { api: 'required', worker: 'unused' },
  PORT: { api: 'required', worker: 'unused' },
  DATABASE_URL: { api: 'required', worker: 'required' },
  TEMPORAL_ADDRESS: { api: 'required', worker: 'required' },
  TEMPORAL_NAMESPACE: { api: 'required', worker: 'required' },
  TEMPORAL_TASK_QUEUE: { api: 'required', worker: 'required' },
  JWT_SECRET: { api: 'required', worker: 'unused' },
  ADMIN_ORIGIN: { api: 'required', worker: 'unused' },
  LOG_LEVEL: { api: 'required', worker: 'required' },
  SMTP_URL: { api: 'optional', worker: 'optional' },
  // The outbox relay's sender, link and pace (worker/src/relay): defaults fit, set them to change.
  SMTP_FROM: { api: 'unused', worker: 'optional' },
  APP_URL: { api: 'unused', worker: 'optional' },
  RELAY_MAX_ATTEMPTS: { api: 'unused', worker: 'optional' },
  RELAY_POLL_MS: { api: 'unused', worker: 'optional' },
  // The worker's cache and concurrency bounds (worker/src/limits.ts): defaults sized for 2 cores.
  WORKER_MAX_CACHED_WORKFLOWS: { api: 'unused', worker: 'optional' },
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: { api: 'unused', worker: 'optional' },
  WORKER_MAX_CONCURRENT_ACTIVITIES: { api: 'unused', worker: 'optional' },
  WORKER_MAX_CONCURRENT_LOCAL_ACTIVITIES: { api: 'unused', worker: 'optional' },
  WORKER_WORKFLOW_THREADS: { api: 'unused', worker: 'optional' },
  PARCOURS_DEMO: { api: 'required', worker: 'unused' },
  // The CPTS's name on printed documents (the right-of-access report); a default fits until it is set.
  CPTS_NAME: { api: 'optional', worker: 'unused' },
  // The image serves admin/dist from its default location.
  ADMIN_DIST: { api: 'optional', worker: 'unused' },
  // Defaults to 10 connections; raised for load (bench/api).
  DATABASE_POOL_MAX: { api: 'optional', worker: 'unused' },
  // Prepared statements (default on): the stack's PostgreSQL is a real one; only `npm start`'s PGlite turns them off.
  DATABASE_PREPARED_STATEMENTS: { api: 'optional', worker: 'unused' },
  // Deadlines of the API's Temporal calls; the defaults (5 s, 10 s) suit production.
  TEMPORAL_CALL_TIMEOUT_MS: { api: 'optional', worker: 'unused' },
  TEMPORAL_UPDATE_TIMEOUT_MS: { api: 'optional', worker: 'unused' },
  // Reverse proxies whose X-Forwarded-For the api believes; empty (none) when its port is published directly.
  TRUST_PROXY: { api: 'optional', worker: 'unused' },
  // The CPTS's own outcomes, added to the base list (JSON); absent means the base list alone.
  PARCOURS_EXTRA_OUTCOMES: { api: 'optional', worker: 'unused' },
  // How long a break-the-glass access lasts; the default (12 h) is the CPTS's usual choice.
  BREAK_GLASS_HOURS: { api: 'optional', worker: 'unused' },
};

const EXPECTED_SERVICES = [
  'postgres',
  'temporal',
  'temporal-search-attributes',
  'temporal-ui',
  'migrate',
  'api',
  'worker',
];
// The search attributes the journey workflow upserts: the one-shot must register every one of them.
const SEARCH_ATTRIBUTES = ['ParcoursPatientId', 'ParcoursKey', 'ParcoursVersion', 'ParcoursStatus'];
const POSTGRES = 'postgres';
const TEMPORAL = 'temporal';

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; target?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  ports?: (string | number | { target?: number; published?: number | string })[];
  restart?: string;
}
interface Compose {
  services: Record<string, Service>;
}

// Compose files use YAML 1.1 merge keys (`<<: *anchor`), which YAML 1.2 parsers only apply when asked.
const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose;
const services = compose.services;
const dockerfile = read('Dockerfile');

function environment(service: Service): Record<string, string | null> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const eq = entry.indexOf('=');
        return eq < 0 ? [entry, null] : [entry.slice(0, eq), entry.slice(eq + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? null : String(v)]));
}

function dependencies(service: Service): Record<string, string> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([d, v]) => [d, v.condition ?? 'service_started']));
}

// Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}, ${VAR?message}; $$ is a literal $.
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g;
function interpolate(value: string, env: Record<string, string>): string {
  const resolve = (part: string): string =>
    part.replace(VARIABLE, (_match, name: string, op: string | undefined, arg: string | undefined) => {
      const set = env[name];
      if (set !== undefined && (set !== '' || !op?.startsWith(':'))) return set;
      if (op?.endsWith('?')) throw new Error(`${name} is required: ${arg ?? ''}`);
      return op ? (arg ?? '') : '';
    });
  return value.split('$$').map(resolve).join('$');
}
const interpolatedNames = (text: string): string[] => [...text.matchAll(VARIABLE)].map((m) => m[1] as string);
// A required variable with no default, e.g. ${POSTGRES_PASSWORD:?message}: the only acceptable source of a secret.
const REQUIRED_VARIABLE = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?\?[^}]*\}$/;
const SAMPLE_ENV = {
  POSTGRES_PASSWORD: 'sample-password',
  APP_DB_PASSWORD: 'sample-app-password',
  JWT_SECRET: 'sample-secret',
};

const isOneShot = (name: string): boolean =>
  (services[name]?.restart ?? 'no') === 'no' &&
  Object.values(services).some((s) => dependencies(s)[name] === 'service_completed_successfully');

describe('docker-compose.yml', () => {
  it('defines the expected services', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(EXPECTED_SERVICES));
  });

  it('gives every long-running service a health check; one-shots are awaited to completion', () => {
    for (const [name, service] of Object.entries(services)) {
      const hasHealthcheck = Boolean(service.healthcheck?.test) && !service.healthcheck?.disable;
      expect(hasHealthcheck || isOneShot(name), `${name}: health check or one-shot`).toBe(true);
    }
  });

  it('only depends on services that exist, healthy or completed as fits them', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dep, condition] of Object.entries(dependencies(service))) {
        expect(services[dep], `${name} depends on unknown service ${dep}`).toBeDefined();
        const expected = isOneShot(dep) ? 'service_completed_successfully' : 'service_healthy';
        expect(condition, `${name} -> ${dep}`).toBe(expected);
      }
    }
    for (const app of ['api', 'worker']) {
      expect(dependencies(services[app] as Service)).toEqual({
        [POSTGRES]: 'service_healthy',
        [TEMPORAL]: 'service_healthy',
        migrate: 'service_completed_successfully',
        'temporal-search-attributes': 'service_completed_successfully',
      });
    }
    expect(dependencies(services.migrate as Service)).toEqual({ [POSTGRES]: 'service_healthy' });
  });

  it('registers every journey search attribute before the apps start', () => {
    const command = ([] as string[]).concat(services['temporal-search-attributes']?.command ?? []).join(' ');
    for (const name of SEARCH_ATTRIBUTES) expect(command).toMatch(new RegExp(`\\b${name}=`));
    expect(dependencies(services['temporal-search-attributes'] as Service)).toEqual({ [TEMPORAL]: 'service_healthy' });
  });

  it('publishes the api on port 3000', () => {
    const ports = (services.api?.ports ?? []).map((p) =>
      typeof p === 'object' ? `${p.published ?? ''}:${p.target ?? ''}` : String(p).replace(/^[\d.]+:(?=\d+:)/, ''),
    );
    expect(ports).toEqual(['3000:3000']);
    expect(environment(services.api as Service).PORT).toBe('3000');
  });

  for (const app of ['api', 'worker'] as const) {
    it(`sets exactly the env vars the ${app} reads`, () => {
      const env = environment(services[app] as Service);
      const table = Object.entries(APP_ENV);
      const required = table.filter(([, need]) => need[app] === 'required').map(([name]) => name);
      const known = table.filter(([, need]) => need[app] !== 'unused').map(([name]) => name);
      for (const name of required) expect(env[name], `${app}: ${name}`).toEqual(expect.any(String));
      expect(
        Object.keys(env).filter((name) => !known.includes(name)),
        `${app}: vars the app does not read`,
      ).toEqual([]);
    });
  }

  it('points DATABASE_URL at the postgres service: migrations as the owner, the apps as their own role', () => {
    const pg = environment(services[POSTGRES] as Service);
    const migrate = environment(services.migrate as Service);
    const owner = { user: pg.POSTGRES_USER, password: pg.POSTGRES_PASSWORD };
    // The role the migrate one-shot creates (scripts/db/app-login-role.mjs) is the one api and worker log in as.
    const app = { user: migrate.APP_DB_USER, password: migrate.APP_DB_PASSWORD };
    expect(app.user).toMatch(/^\$\{APP_DB_USER:-[a-z_][a-z0-9_]*\}$/);
    expect(app.password).toMatch(REQUIRED_VARIABLE);
    expect(interpolate(app.user ?? '', SAMPLE_ENV)).not.toBe(interpolate(owner.user ?? '', SAMPLE_ENV));
    expect(([] as string[]).concat(services.migrate?.command ?? []).join(' ')).toMatch(
      /prisma migrate deploy && node scripts\/db\/app-login-role\.mjs/,
    );
    expect(existsSync(path.join(root, 'scripts/db/app-login-role.mjs'))).toBe(true);
    for (const [name, credentials] of [
      ['migrate', owner],
      ['api', app],
      ['worker', app],
    ] as const) {
      const raw = environment(services[name] as Service).DATABASE_URL ?? '';
      // Compare the unresolved expressions: the same ${...} must feed postgres (or the role script) and each client.
      const match = /^postgresql:\/\/(.+?):(\$\{[^}]+\})@([^:/]+):(\d+)\/(.+)$/.exec(raw);
      expect(match, `${name}: DATABASE_URL shape`).not.toBeNull();
      const [, user, password, host, port, database] = match as RegExpExecArray;
      expect({ user, password, host, port, database }, name).toEqual({
        ...credentials,
        host: POSTGRES,
        port: '5432',
        database: pg.POSTGRES_DB,
      });
      expect(new URL(interpolate(raw, SAMPLE_ENV)).hostname).toBe(POSTGRES);
    }
  });

  it('points TEMPORAL_ADDRESS at the temporal service', () => {
    for (const name of ['api', 'worker', 'temporal-ui']) {
      expect(environment(services[name] as Service).TEMPORAL_ADDRESS, name).toBe(`${TEMPORAL}:7233`);
    }
    const temporal = environment(services[TEMPORAL] as Service);
    expect(temporal.POSTGRES_SEEDS).toBe(POSTGRES);
    expect(temporal.DB).toBe('postgres12');
    expect(temporal.POSTGRES_PWD).toBe(environment(services[POSTGRES] as Service).POSTGRES_PASSWORD);
  });

  it('takes every secret from a required variable, never from the file', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(environment(service))) {
        if (value === null) continue; // passed through from the caller's environment
        if (/PASSWORD|PWD|SECRET|TOKEN|API_KEY/i.test(key)) {
          expect(value, `${name}.${key}`).toMatch(REQUIRED_VARIABLE);
        }
        // user and password may each be a ${...} expression, which can itself hold ':' (e.g. ${USER:-name}).
        const userinfo = /^[a-z][a-z0-9+.-]*:\/\/(?:\$\{[^}]*\}|[^/@:]*):(\$\{[^}]*\}|[^/@]*)@/i.exec(value);
        if (userinfo) expect(userinfo[1], `${name}.${key}: password in URL`).toMatch(REQUIRED_VARIABLE);
      }
    }
  });

  it('pins every image (no latest, third-party images by version)', () => {
    for (const [name, service] of Object.entries(services)) {
      if (!service.image) {
        expect(service.build, `${name}: image or build`).toBeDefined();
        continue;
      }
      const tag = /:([^/:@]+)$/.exec(service.image)?.[1];
      expect(tag, `${name}: ${service.image} has a tag`).toBeDefined();
      expect(tag, name).not.toBe('latest');
      if (!service.build) expect(tag, `${name}: version tag`).toMatch(/\d/);
    }
  });

  it('runs the api and worker from sources that exist', () => {
    for (const [name, entry] of [
      ['api', 'api/src/main.ts'],
      ['worker', 'worker/src/main.ts'],
    ] as const) {
      expect(services[name]?.command, name).toEqual(['node', '--import', 'tsx', entry]);
      expect(existsSync(path.join(root, entry)), `${entry} exists`).toBe(true);
    }
  });
});

describe('Dockerfile', () => {
  const lines = dockerfile.replace(/\\\n/g, ' ').split('\n');
  const stages = lines.flatMap((l) => /^FROM\s+\S+\s+AS\s+(\S+)/i.exec(l)?.[1] ?? []);

  it('has the stages compose builds', () => {
    for (const [name, service] of Object.entries(services)) {
      if (typeof service.build !== 'object') continue;
      expect(service.build.dockerfile ?? 'Dockerfile', name).toBe('Dockerfile');
      expect(stages, `${name}: target ${service.build.target}`).toContain(service.build.target);
    }
  });

  it('starts from a pinned node:22 bookworm-slim image', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:22[\d.]*-bookworm-slim(@sha256:[0-9a-f]{64})?$/m);
    for (const line of lines.filter((l) => /^FROM\s/i.test(l))) expect(line).not.toMatch(/:latest\b/);
  });

  it('runs as a non-root user in the images that start containers', () => {
    for (const stage of ['runtime', 'migrate']) {
      const body = dockerfile.split(/^FROM\s/m).find((s) => new RegExp(`\\sAS ${stage}\\s`, 'i').test(s)) ?? '';
      expect(body, stage).toMatch(/^USER\s+(?!root\b|0\b)\S+/m);
    }
  });

  it('copies files that exist and runs an entry point that exists', () => {
    for (const line of lines.filter((l) => /^COPY\s/i.test(l) && !/--from=/.test(l))) {
      const args = line
        .split(/\s+/)
        .slice(1)
        .filter((a) => a && !a.startsWith('--'));
      for (const source of args.slice(0, -1)) {
        if (source !== '.') expect(existsSync(path.join(root, source)), `COPY ${source}`).toBe(true);
      }
    }
    const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(dockerfile.split(/^FROM\s/m).at(-1) ?? '')?.[1];
    expect(JSON.parse(cmd ?? 'null')).toEqual(['node', '--import', 'tsx', 'api/src/main.ts']);
  });
});

describe('compose.env.example, .gitignore and .dockerignore', () => {
  it('documents every variable compose reads', () => {
    const documented = new Set(
      [...read('compose.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]),
    );
    const used = new Set(interpolatedNames(read('docker-compose.yml')));
    for (const service of Object.values(services)) {
      for (const [key, value] of Object.entries(environment(service))) if (value === null) used.add(key);
    }
    expect([...used].filter((name) => !documented.has(name))).toEqual([]);
  });

  it('holds no value for a secret', () => {
    for (const [, name, value] of read('compose.env.example').matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)) {
      if (/PASSWORD|SECRET|TOKEN|KEY/.test(name ?? '')) expect(value, name).toBe('');
    }
  });

  it('keeps .env out of git and out of the image', () => {
    expect(read('.gitignore').split('\n')).toContain('.env');
    expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['.env', '.env.*', '**/node_modules']));
  });
});

describe('env table', () => {
  // zod 4: a refined-then-transformed object is a pipe whose input is the object schema.
  const keysOf = (schema: unknown): string[] => {
    const s = schema as { shape?: object; in?: { shape?: object } };
    return Object.keys(s.shape ?? s.in?.shape ?? {}).sort();
  };
  const column = (app: 'api' | 'worker'): string[] =>
    Object.entries(APP_ENV)
      .filter(([, need]) => need[app] !== 'unused')
      .map(([name]) => name)
      .sort();

  it('matches the keys of the api configuration schema', async () => {
    const { apiConfigSchema } = await import('@parcours/api/config');
    expect(keysOf(apiConfigSchema)).toEqual(column('api'));
  });

  it('matches the keys of the worker configuration schema', async () => {
    const { workerConfigSchema } = await import('@parcours/worker/config');
    expect(keysOf(workerConfigSchema)).toEqual(column('worker'));
  });
});
