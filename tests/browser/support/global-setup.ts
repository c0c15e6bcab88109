// Vitest global setup for the browser project: choose the Chromium once (unpacking the bundled one if needed) and hand
// it to the test files, and make sure the admin production build is current, because the API serves it exactly as in
// production.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { adminIsStale } from '../../../scripts/start/admin-build.ts';
import { chooseChromium, type ChromiumChoice } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: ChromiumChoice;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

export default async function setup(project: TestProject): Promise<void> {
  const chromium = await chooseChromium();
  console.info(`browser tests: Chromium ${chromium.source} (${chromium.executablePath})`);
  project.provide('chromium', chromium);
  if (adminIsStale(root)) execFileSync('npm', ['run', 'build', '-w', 'admin'], { cwd: root, stdio: 'inherit' });
}
