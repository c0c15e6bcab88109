// Prisma 7 configuration: schema and migrations in the db workspace (db/prisma/), connection from DATABASE_URL (the CLI
// does not load .env). The seed command is the one `npm run db:seed` runs.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'db/prisma/schema.prisma',
  migrations: { path: 'db/prisma/migrations', seed: 'tsx scripts/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/parcours' },
});
