// Back-office bench: production build size (raw and gzip, per chunk, and what the login page really loads) and the
// first-load time of the login page served by the real API app in Debian's Chromium (cold cache, then warm).
// Run: npm run build -w admin && npx tsx bench/admin/run.ts [runs]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Client, Connection } from '@temporalio/client';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import { apiConfigSchema, createApp, TokenService } from '@parcours/api';
import { createPrismaClient } from '@parcours/db';

const RUNS = Number(process.argv[2] ?? 10);
const DIST = fileURLToPath(new URL('../../admin/dist', import.meta.url));
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function sizes() {
  const assets = join(DIST, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => {
      const body = readFileSync(join(assets, f));
      return { file: f, raw: statSync(join(assets, f)).size, gzip: gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main() {
  // The real API app (static files, helmet, SPA fallback) with lazy dependencies: the login page needs no database or
  // Temporal call, so none is made.
  const config = apiConfigSchema.parse({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ADMIN_DIST: DIST,
    // Never connected to: the login page makes no API call.
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  });
  const app = createApp(
    {
      config,
      prisma: createPrismaClient(config.DATABASE_URL),
      temporal: new Client({ connection: Connection.lazy() }),
      tokens: new TokenService(config.JWT_SECRET),
    },
    pino({ level: 'silent' }),
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  const cold: { dcl: number; load: number; form: number; bytes: number; files: string[] }[] = [];
  const warm: { dcl: number; load: number; form: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const bucket of ['cold', 'warm'] as const) {
      if (bucket === 'cold') await page.goto(`${base}/#/login`);
      else await page.reload();
      await page.locator('input[name=password]').waitFor();
      const m = await page.evaluate(() => {
        // Runs in the page; typed locally because the bench is compiled without the DOM library.
        type Entry = { name: string; encodedBodySize: number; domContentLoadedEventEnd: number; loadEventEnd: number };
        const perf = (globalThis as unknown as { performance: { getEntriesByType(t: string): Entry[]; now(): number } })
          .performance;
        const [nav] = perf.getEntriesByType('navigation');
        const resources = perf.getEntriesByType('resource');
        return {
          dcl: nav?.domContentLoadedEventEnd ?? Number.NaN,
          load: nav?.loadEventEnd ?? Number.NaN,
          form: perf.now(),
          bytes: (nav?.encodedBodySize ?? 0) + resources.reduce((sum, r) => sum + r.encodedBodySize, 0),
          files: resources.map((r) => new URL(r.name).pathname),
        };
      });
      if (bucket === 'cold') cold.push(m);
      else warm.push(m);
    }
    await context.close();
  }
  await browser.close();
  server.close();

  const all = sizes();
  const loaded = new Set(cold[0]?.files.map((f) => f.replace('/assets/', '')) ?? []);
  const total = (xs: typeof all) => ({
    raw: xs.reduce((s, x) => s + x.raw, 0),
    gzip: xs.reduce((s, x) => s + x.gzip, 0),
  });
  const login = total(all.filter((a) => loaded.has(a.file)));
  const everything = total(all);
  console.log('| chunk | raw | gzip | loaded by the login page |');
  console.log('|---|---|---|---|');
  for (const a of all)
    console.log(`| ${a.file} | ${kb(a.raw)} | ${kb(a.gzip)} | ${loaded.has(a.file) ? 'yes' : 'no'} |`);
  console.log(`| **all JS+CSS** | ${kb(everything.raw)} | ${kb(everything.gzip)} | |`);
  console.log(`| **login page JS+CSS** | ${kb(login.raw)} | ${kb(login.gzip)} | |`);
  console.log(`\nsource maps in dist: ${readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.map')).length}`);
  console.log(`bytes transferred for the login page (as served, uncompressed): ${kb(cold[0]?.bytes ?? 0)}`);
  console.log(`\n| login page, ${RUNS} runs (median, ms) | DOMContentLoaded | load | form visible |`);
  console.log('|---|---|---|---|');
  const row = (name: string, xs: { dcl: number; load: number; form: number }[]) =>
    console.log(
      `| ${name} | ${median(xs.map((x) => x.dcl)).toFixed(0)} | ${median(xs.map((x) => x.load)).toFixed(0)} | ${median(xs.map((x) => x.form)).toFixed(0)} |`,
    );
  row('cold cache', cold);
  row('warm cache (reload)', warm);
}

await main();
