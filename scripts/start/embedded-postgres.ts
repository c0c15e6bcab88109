// The embedded store for `npm start` without DATABASE_URL: PGlite (Postgres compiled to WASM) persisted under
// ./data/pglite and served over TCP by pglite-socket, so the API and the worker (separate processes) use the very same
// node-postgres + Prisma adapter code as against a real PostgreSQL. pglite-socket keeps a transaction on the
// connection that opened it; pglite-batches.ts makes it keep each query's protocol messages together too, without
// which concurrent pools interleave their queries.
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepProtocolBatchesTogether } from './pglite-batches.ts';

export async function startEmbeddedPostgres(dataDir: string, port: number) {
  // btree_gist: the care team's exclusion constraints (one médecin traitant at a time) need it, as on PostgreSQL.
  const db = await PGlite.create(dataDir, { extensions: { btree_gist } });
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 32 });
  keepProtocolBatchesTogether(server);
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
