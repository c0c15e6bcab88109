// `npm run db:migrate`: applies db/prisma/migrations to DATABASE_URL without the Prisma CLI's native engine.
import { migrate } from '@parcours/db';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set');
  process.exit(1);
}
const ran = await migrate(url);
console.log(ran.length ? `Applied: ${ran.join(', ')}` : 'Database is up to date');
