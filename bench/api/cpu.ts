// Where the worklist's CPU goes (not a test): `BENCH_DATABASE_URL=… npx tsx bench/api/cpu.ts` against a database the
// bench seeded. Runs the API as a child process, drives the worklist with autocannon for BENCH_SECONDS, and reports
// the CPU milliseconds per request spent by the API process and by PostgreSQL (all its processes: backends, WAL
// writer, autovacuum), read from /proc before and after.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { TokenService } from '@parcours/api';
import { startChild } from './processes.ts';
import { httpWorklist } from './worklist.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is required (a database seeded by bench/api/seed.ts)');
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

function cpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}
const postgresPids = () =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    });
const postgresTicks = () => postgresPids().reduce((sum, pid) => sum + cpuTicks(pid), 0);

const db = new pg.Client({ connectionString: url });
await db.connect();
const { rows } = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'ide@bench.fr'`);
await db.end();
const secret = randomBytes(32).toString('hex');
const api = await startChild(
  'api/src/main.ts',
  {
    DATABASE_URL: url,
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    LOG_LEVEL: 'warn',
    PORT: '0',
    JWT_SECRET: secret,
    NODE_ENV: 'production',
    ADMIN_DIST: '/nonexistent',
  },
  /listening on (\S+)/,
);
try {
  const base = /listening on (\S+)/.exec(api.line)![1]!;
  const token = await new TokenService(secret).sign(
    { id: rows[0]!.id, email: 'ide@bench.fr', role: 'professional', profession: 'IDE' },
    'access',
  );
  await httpWorklist(base, token, 3);
  const api0 = cpuTicks(api.process.pid!);
  const pg0 = postgresTicks();
  const self0 = process.cpuUsage();
  const result = await httpWorklist(base, token, DURATION);
  const perRequest = (ticks: number) => Math.round(((ticks * 10) / result.requests) * 100) / 100;
  const self = process.cpuUsage(self0);
  console.log(
    JSON.stringify({
      ...result,
      cpuMsPerRequest: {
        api: perRequest(cpuTicks(api.process.pid!) - api0),
        postgres: perRequest(postgresTicks() - pg0),
        loadGenerator: Math.round(((self.user + self.system) / 1000 / result.requests) * 100) / 100,
      },
      loadAverage: os.loadavg()[0]!.toFixed(2),
    }),
  );
} finally {
  await api.stop();
}
