// The embedded store of `npm start` (PGlite over TCP) under concurrent pools, as the API and the worker use it: every
// parameterised query gets its own rows back, and none fails because another connection's query came in between
// (electric-sql/pglite#1046, worked around in scripts/start/pglite-batches.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../scripts/start/embedded-postgres.ts';

let dir: string;
let store: Awaited<ReturnType<typeof startEmbeddedPostgres>>;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parcours-pglite-'));
  store = await startEmbeddedPostgres(join(dir, 'pglite'), await freePort());
});
afterAll(async () => {
  await store?.stop();
  await rm(dir, { recursive: true, force: true });
});

// Large enough that a query's messages reach the server in several TCP reads (a 12 kB definition body does too).
const label = (i: number) => `q${i}-${'x'.repeat(100_000)}`;

describe('embedded PostgreSQL under concurrent pools', () => {
  it('answers each of many concurrent parameterised queries from two pools with its own result', async () => {
    const pools = [0, 1].map(() => {
      const pool = new pg.Pool({ connectionString: store.url, max: 5 });
      // Each protocol message in its own write, as they arrive under load: the server sees a query in several reads.
      pool.on('connect', (client) => {
        const stream = (client as unknown as { connection: { stream: { cork?: unknown } } }).connection.stream;
        stream.cork = undefined;
      });
      return pool;
    });
    try {
      // Writes: PGlite syncs its files after each, which is when another connection's message gets in between.
      await pools[0]!.query('CREATE TABLE probe (n int PRIMARY KEY, label text NOT NULL)');
      // Two different statements, so a Bind that lands on the other connection's Parse shows in the rows.
      const insert = 'INSERT INTO probe (n, label) VALUES ($1, $2) RETURNING n, label';
      const select = 'SELECT $1::int AS n, $2::text AS label';
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, (_, i) =>
          pools[i % 2]!.query<{ n: number; label: string }>(i % 2 ? select : insert, [i, label(i)]),
        ),
      );
      const failed = results.filter((r) => r.status === 'rejected');
      expect(failed.map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      results.forEach((r, i) => {
        expect((r as PromiseFulfilledResult<pg.QueryResult<{ n: number; label: string }>>).value.rows).toEqual([
          { n: i, label: label(i) },
        ]);
      });
      const inserted = await pools[0]!.query<{ n: number }>('SELECT n FROM probe ORDER BY n');
      expect(inserted.rows.map((r) => r.n)).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});
