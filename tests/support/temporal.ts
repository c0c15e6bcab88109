// Temporal servers for tests: the project's pinned binaries (scripts/temporal-bins.sh) as existing-path executables,
// or, when none is found, the SDK's own download (works on a machine with internet).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporalBinaries } from '../../scripts/temporal-bins.mjs';

export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const { testServer } = await temporalBinaries();
  return TestWorkflowEnvironment.createTimeSkipping(
    testServer ? { server: { executable: { type: 'existing-path', path: testServer } } } : {},
  );
}
