// Temporal servers for tests: the project's pinned binaries (scripts/temporal-bins.sh) as existing-path executables,
// or, when none is found, the SDK's own download (works on a machine with internet).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporalBinaries } from '../../scripts/temporal-bins.mjs';
import { JOURNEY_SEARCH_ATTRIBUTES } from '@parcours/worker/search-attributes';

export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const { testServer } = await temporalBinaries();
  return TestWorkflowEnvironment.createTimeSkipping(
    testServer ? { server: { executable: { type: 'existing-path', path: testServer } } } : {},
  );
}

/**
 * The CLI dev server (real visibility: list queries, search attributes), with the journey's search attributes
 * registered. Needed where the time-skipping server falls short: listing workflows and custom search attributes.
 */
export async function createLocalEnv(): Promise<TestWorkflowEnvironment> {
  const { cli } = await temporalBinaries();
  return TestWorkflowEnvironment.createLocal({
    server: {
      ...(cli ? { executable: { type: 'existing-path' as const, path: cli } } : {}),
      searchAttributes: JOURNEY_SEARCH_ATTRIBUTES,
      ip: '127.0.0.1',
    },
  });
}
