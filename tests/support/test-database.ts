// Each test run gets its own throwaway PostgreSQL database (never a mock): created from DATABASE_URL, or from the local
// server at 127.0.0.1:5432 when unset, migrated with the project's migrations, and dropped at the end of the run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '@parcours/db';

const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates a fresh database; returns its URL and a function that drops it. */
export async function createTestDatabase(label = 'run'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `parcours_test_${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(serverUrl, name);
  await migrate(url);
  return {
    url,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
