// Public surface of the API package for the start script, the benchmarks and the tests.
export { createApp, enrolmentRunnerOf } from './app.ts';
export type { AppInput } from './app.ts';
export { startApi } from './server.ts';
export { apiConfigSchema, loadApiConfig } from './config.ts';
export type { ApiConfig } from './config.ts';
export { hashPassword } from './auth/passwords.ts';
export { TokenService } from './auth/tokens.ts';
export { patientScope, taskScope } from './auth/scope.ts';
export { flushAudit } from './audit/record.ts';
export { listWorklist } from './tasks/worklist.ts';
export { apiRoutes, openApiDocument } from './routes.ts';
export type { RouteSpec } from './http/route.ts';
export { EnrolmentRunner } from './enrolments/runner.ts';
export { prefetchingObjectionReader, MAX_AGE_MS as OBJECTION_READ_MAX_AGE_MS } from './enrolments/objection-reads.ts';
