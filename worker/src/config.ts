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
  // What bounds the worker's memory (worker/src/limits.ts). Defaults fit a 2-core host with ~1 GiB for the worker.
  /** Journeys kept in memory between their workflow tasks; past it the least recent is evicted and replayed later. */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(2).max(100_000).default(200),
  /** Workflow tasks run at once (they share the workflow threads; more only queue in memory). */
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: z.coerce.number().int().min(2).max(1_000).default(10),
  /** Activities (projection writes, mostly one PostgreSQL transaction each) run at once. */
  WORKER_MAX_CONCURRENT_ACTIVITIES: z.coerce.number().int().min(1).max(1_000).default(20),
  WORKER_MAX_CONCURRENT_LOCAL_ACTIVITIES: z.coerce.number().int().min(1).max(1_000).default(20),
  /** Threads running workflow code, each with its own V8 context (and its own share of memory). */
  WORKER_WORKFLOW_THREADS: z.coerce.number().int().min(1).max(16).default(1),
});

export type WorkerConfig = z.infer<typeof workerConfigSchema>;

// The SDK would silently lower the concurrency to the cache size: say it instead.
const workerConfigChecked = workerConfigSchema.refine(
  (c) => c.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS <= c.WORKER_MAX_CACHED_WORKFLOWS,
  {
    path: ['WORKER_MAX_CONCURRENT_WORKFLOW_TASKS'],
    message: 'must not exceed WORKER_MAX_CACHED_WORKFLOWS (a running workflow task holds its journey in the cache)',
  },
);

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = workerConfigChecked.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid worker configuration: ${problems}`);
  }
  return parsed.data;
}
