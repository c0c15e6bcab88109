// `node --import tsx worker/src/bundle-cli.ts`: writes the workflow bundle ({ code, sourceMap }) as JSON on stdout, for
// bundleWorkflowsApart. Bundler warnings and errors go to stderr.
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowsPath } from './worker.ts';

const noop = () => undefined;
const bundle = await bundleWorkflowCode({
  workflowsPath,
  logger: {
    log: noop,
    trace: noop,
    debug: noop,
    info: noop,
    warn: (message: string) => process.stderr.write(`${message}\n`),
    error: (message: string) => process.stderr.write(`${message}\n`),
  },
});
process.stdout.write(JSON.stringify(bundle));
