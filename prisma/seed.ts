// `npm run db:seed`: seeds the demo CPTS into DATABASE_URL. Refused in production: the demo logins share one password.
import { templates } from '@parcours/rules';
import { createPrismaClient } from '../worker/src/db/client.ts';
import { seedDemo } from './seed/seed.ts';

if (process.env.NODE_ENV === 'production') {
  console.error('Refusing to seed demo logins with NODE_ENV=production');
  process.exit(1);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set');
  process.exit(1);
}
const prisma = createPrismaClient(url);
console.log(await seedDemo(prisma, { templates }));
await prisma.$disconnect();
