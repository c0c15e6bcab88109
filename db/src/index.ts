// Public surface of the database package for the worker, the API, the scripts, the benchmarks and the tests.
export { createPrismaClient, queryDirect, Db } from './client.ts';
export type { PrismaClient } from './client.ts';
export { migrate, readMigrations } from './migrate.ts';
export type { MigrationFile } from './migrate.ts';
export { migrationsDir, schemaPath } from './paths.ts';
export { errorChain } from './error-chain.ts';
export type { ErrorLink } from './error-chain.ts';
export { syncHasMedecinTraitant } from './care-team-sync.ts';
export { patientRecordSelect, toPatientRecord } from './patient-record.ts';
export { syncPatientSay, currentObjection, currentObjections } from './patient-say.ts';
export type { CurrentObjection } from './patient-say.ts';
