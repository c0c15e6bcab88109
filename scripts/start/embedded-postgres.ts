// The embedded store for `npm start` without DATABASE_URL: PGlite (Postgres compiled to WASM) persisted under
// ./data/pglite and served over TCP by pglite-socket, so the API and the worker (separate processes) use the very same
// node-postgres + Prisma adapter code as against a real PostgreSQL. pglite-socket keeps a transaction on the
// connection that opened it, so concurrent pools are safe.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export async function startEmbeddedPostgres(dataDir: string, port: number) {
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 32 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
