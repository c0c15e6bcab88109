// Vitest global setup for the browser project: Debian's Chromium must be there, and the admin production build must be
// current, because the API serves it exactly as in production.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { adminIsStale } from '../../../scripts/start/admin-build.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run does).`);
  }
  if (adminIsStale(root)) execFileSync('npm', ['run', 'build', '-w', 'admin'], { cwd: root, stdio: 'inherit' });
}
