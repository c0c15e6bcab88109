// The content hash of a published definition: canonical JSON (sorted keys) so it identifies the content, not its
// formatting. Pinned in every journey started on that version. Computed by the API when it publishes and by the seed
// and the benchmarks when they write published versions. A sub-entry (`@parcours/rules/definition-hash`) rather than
// part of the main entry: it needs node:crypto, and the back office bundles the main entry for the browser.
import { createHash } from 'node:crypto';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function definitionHash(body: unknown): string {
  return `sha256:${createHash('sha256').update(canonical(body)).digest('hex')}`;
}
