// Bench-only workflow code, bundled apart from the product: the baseline an empty workflow costs the same server.
import { sleep } from '@temporalio/workflow';

/** Starts, then sleeps like a journey waiting six months: the floor for "start a workflow that waits". */
export async function emptyWorkflow(): Promise<void> {
  await sleep('180 days');
}
