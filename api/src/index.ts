// Public surface of the API package for the start script and the tests.
export { createApp } from './app.ts';
export { startApi } from './server.ts';
export { apiConfigSchema, loadApiConfig } from './config.ts';
export type { ApiConfig } from './config.ts';
export { hashPassword } from './auth/passwords.ts';
export { TokenService } from './auth/tokens.ts';
