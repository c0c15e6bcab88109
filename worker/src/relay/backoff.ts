// Exponential backoff between delivery attempts: base × 2^(attempt − 1), capped, so a flapping SMTP server is not hammered
// and a long outage is retried at most every `maxMs`.
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/** Delay before the attempt after `attempts` failed ones (attempts ≥ 1). */
export function backoffDelayMs(attempts: number, { baseMs, maxMs }: BackoffOptions): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  return Math.min(baseMs * 2 ** exponent, maxMs);
}
