// `npm run db:seed`: seeds the demo CPTS into DATABASE_URL. Refused in production: the demo logins share one password.
// The seed itself is in the db workspace; the password hashing is the API's, so the logins it writes are ones the API
// accepts.
import { hashPassword } from '@parcours/api/passwords';
import { templates } from '@parcours/rules';
import { createPrismaClient } from '@parcours/db';
import { seedDemo } from '@parcours/db/seed';

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
console.log(await seedDemo(prisma, { templates, hashPassword }));
await prisma.$disconnect();
