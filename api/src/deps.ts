// What the routes need, built once at boot (or by a test) and passed down: no module-level singletons.
import type { Client } from '@temporalio/client';
import type { PrismaClient } from '@parcours/db';
import type { LoginThrottleOptions } from './auth/login-throttle.ts';
import type { TokenService } from './auth/tokens.ts';
import type { ApiConfig } from './config.ts';
import type { EnrolmentRunner } from './enrolments/runner.ts';

export interface ApiDeps {
  config: ApiConfig;
  prisma: PrismaClient;
  temporal: Client;
  tokens: TokenService;
  /** Background cohort enrolments; createApp builds one when not given. */
  enrolments: EnrolmentRunner;
  /** False against a Temporal server without the journey search attributes (the time-skipping test server). */
  temporalSearchAttributes?: boolean;
  /** Failed logins per 15 minutes and address before it is locked (tests raise it: every role signs in from one). */
  loginLimit?: number;
  /** Login throttling policy (tests shorten it); DEFAULT_THROTTLE otherwise. */
  loginThrottle?: LoginThrottleOptions;
}
