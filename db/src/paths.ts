// Where the database's source files live, for the migration runner and the schema-drift test (Prisma's own layout).
import { fileURLToPath } from 'node:url';

export const migrationsDir = fileURLToPath(new URL('../prisma/migrations', import.meta.url));
export const schemaPath = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));
