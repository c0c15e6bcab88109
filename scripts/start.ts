// `npm start`: the whole product on one machine. Embedded Postgres (unless DATABASE_URL), the Temporal dev server
// persisted in ./data (unless TEMPORAL_ADDRESS), migrations, the idempotent demo seed, the admin build, the worker and
// the API, then the demo journeys set in motion through the worker. Ctrl-C stops everything and leaves ./data intact
// for the next start.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { templates } from '@parcours/rules';
import { devServerSearchAttributeFlags } from '@parcours/worker';
import { createPrismaClient, migrate } from '@parcours/db';
import { demoLogins, DEMO_PASSWORD, seedDemo } from '@parcours/db/seed';
import { hashPassword } from '@parcours/api/passwords';
import { temporalBinaries } from './temporal-bins.mjs';
import { startEmbeddedPostgres } from './start/embedded-postgres.ts';
import { portInUse, startChild, waitForPort, type Child } from './start/processes.ts';
import { adminIsStale } from './start/admin-build.ts';
import { runDemoMotion } from './start/demo-motion.ts';

if (process.env.NODE_ENV === 'production') {
  console.error(
    'npm start runs the demo (shared demo password): refused with NODE_ENV=production. Deploy with docker-compose.yml.',
  );
  process.exit(1);
}

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(process.env.DATA_DIR ?? join(root, 'data'));
const port = Number(process.env.PORT ?? 3000);
const temporalPort = Number(process.env.TEMPORAL_PORT ?? 7233);
const uiPort = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
mkdirSync(dataDir, { recursive: true });

const children: Child[] = [];
const stoppers: (() => Promise<void>)[] = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nStopping Parcours…');
    for (const child of [...children].reverse()) await child.stop();
    for (const stop of stoppers.reverse()) await stop().catch((e: unknown) => console.error(e));
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
const onChildExit = (name: string) => (code: number | null) => {
  if (!stopping) {
    console.error(`[${name}] exited (${code}); stopping everything.`);
    void shutdown(1);
  }
};

try {
  if (await portInUse(port))
    throw new Error(`Port ${port} is already in use (is another \`npm start\` running?). Set PORT to use another.`);

  // 1. Database.
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres(join(dataDir, 'pglite'), pgPort);
    stoppers.push(pg.stop);
    databaseUrl = pg.url;
  }
  const applied = await migrate(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  const seeded = await seedDemo(prisma, { templates, hashPassword });
  await prisma.$disconnect();
  console.log(
    `Database ready (${applied.length} migration(s) applied; demo data: ${seeded.users} users, ${seeded.patients} patients).`,
  );

  // 2. Temporal.
  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    if (await portInUse(temporalPort))
      throw new Error(
        `Port ${temporalPort} is already in use (another Temporal server?). Set TEMPORAL_PORT to use another.`,
      );
    const { cli } = await temporalBinaries();
    if (!cli)
      throw new Error(
        'No Temporal CLI found: run `bash scripts/temporal-bins.sh` for the options, or set TEMPORAL_ADDRESS.',
      );
    const args = [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(temporalPort),
      '--ui-port',
      String(uiPort),
      '--db-filename',
      join(dataDir, 'temporal.db'),
      '--log-level',
      'warn',
      // The journey workflow upserts these; an unregistered attribute would fail its workflow tasks.
      ...devServerSearchAttributeFlags(),
    ];
    children.push(startChild('temporal', cli, args, process.env, onChildExit('temporal')));
    await waitForPort(temporalPort);
    temporalAddress = `127.0.0.1:${temporalPort}`;
  }

  // 3. The admin build served by the API.
  if (adminIsStale(root)) {
    console.log('Building the back office…');
    const build = spawnSync('npm', ['run', 'build', '-w', '@parcours/admin'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) console.error('The back office did not build; the API runs without it.');
  }

  // 4. Worker and API.
  const secretFile = join(dataDir, 'jwt-secret');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    JWT_SECRET: readFileSync(secretFile, 'utf8').trim(),
    PARCOURS_DEMO: 'true',
    // The demo's territory (db/seed/territory.ts), named on printed documents.
    CPTS_NAME: process.env.CPTS_NAME ?? 'CPTS du Pays Blanc',
    PORT: String(port),
    // PGlite serves every connection from one session: named statements of two connections would collide there.
    ...(process.env.DATABASE_URL ? {} : { DATABASE_PREPARED_STATEMENTS: 'false' }),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  const node = process.execPath;
  children.push(
    startChild('worker', node, ['--import', 'tsx', join(root, 'worker/src/main.ts')], env, onChildExit('worker')),
  );
  children.push(startChild('api', node, ['--import', 'tsx', join(root, 'api/src/main.ts')], env, onChildExit('api')));
  await waitForPort(port);

  // 5. The demo in motion: journeys started and moved forward through the worker, before anyone logs in.
  await runDemoMotion(databaseUrl, temporalAddress);

  const adminBuilt = existsSync(join(root, 'admin/dist/index.html'));
  console.log(`
Parcours is running.
  Back office   http://localhost:${port}/${adminBuilt ? '' : '   (not built)'}
  API           http://localhost:${port}/api   (health: /api/health)
  Temporal UI   ${process.env.TEMPORAL_ADDRESS ? '(external Temporal: see its own UI)' : `http://localhost:${uiPort}`}
  Database      ${process.env.DATABASE_URL ? 'DATABASE_URL' : `embedded PGlite in ${join(dataDir, 'pglite')} (127.0.0.1:${pgPort})`}
Demo logins (password "${DEMO_PASSWORD}"):
${demoLogins.map((u) => `  ${u.email.padEnd(28)} ${u.role}${u.profession ? ` (${u.profession})` : ''}`).join('\n')}
Ctrl-C stops everything; data stays in ${dataDir}.
`);
} catch (error) {
  console.error(`npm start failed: ${(error as Error).message}`);
  await shutdown(1);
}
