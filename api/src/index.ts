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
export { TOTAL_CAP } from './http/list-query.ts';
export { apiRoutes, openApiDocument } from './routes.ts';
export type { RouteSpec } from './http/route.ts';
export { EnrolmentRunner } from './enrolments/runner.ts';
export { sweepObjectionCancellations } from './patients/say/objection-cancellations.ts';
export { scanEligible, eligibilityParts } from './enrolments/scan.ts';
export { previewCounts } from './enrolments/preview-counts.ts';
export { eligibilitySql, countEligible } from './enrolments/eligibility-sql.ts';
