// What the routes need, built once at boot (or by a test) and passed down: no module-level singletons.
import type { Client } from '@temporalio/client';
import type { PrismaClient } from '@parcours/worker';
import type { TokenService } from './auth/tokens.ts';
import type { ApiConfig } from './config.ts';

export interface ApiDeps {
  config: ApiConfig;
  prisma: PrismaClient;
  temporal: Client;
  tokens: TokenService;
}
