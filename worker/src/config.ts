// Worker configuration: read once from the environment at boot and validated, so a typo fails fast with its name.
import { z } from 'zod';

export const workerConfigSchema = z.object({
  DATABASE_URL: z.string().url(),
  TEMPORAL_ADDRESS: z.string().default('localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('parcours'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set: the outbox relay e-mails messages through this server. Unset: messages stay in the back-office inbox only. */
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().min(3).default('Parcours <no-reply@parcours.invalid>'),
  /** Back-office address linked from the e-mails (e.g. https://parcours.cpts.example). */
  APP_URL: z.string().url().optional(),
  RELAY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  RELAY_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
});

export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = workerConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid worker configuration: ${problems}`);
  }
  return parsed.data;
}
