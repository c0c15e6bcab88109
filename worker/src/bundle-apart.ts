// Bundles the workflow code in a short-lived child process, for the long-running worker: webpack's modules and the heap
// it grows while bundling (≈120 MiB of resident memory that V8 keeps afterwards) go away with the child, instead of
// staying in the worker for its whole life. Same sources, same bundler, so the bundle cannot drift from the code.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';

const cli = fileURLToPath(new URL('./bundle-cli.ts', import.meta.url));

export function bundleWorkflowsApart(): Promise<WorkflowBundleWithSourceMap> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0)
        return reject(new Error(`bundling the workflow code failed (${code}): ${Buffer.concat(err).toString()}`));
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as WorkflowBundleWithSourceMap);
    });
  });
}
