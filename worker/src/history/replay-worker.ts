// A Worker for replays only, whose workflow code runs without the per-call execution timeout. Replay runs workflows in
// the calling thread (the SDK's debug mode) with a timeout of 2^32-1 ms, i.e. none in practice; yet Node enforces any
// `vm` timeout with a watchdog thread created and joined on every call into the workflow's context, several hundred
// times per replay of a year-long journey. Profiled (bench/replay), that thread churn was half the replay time.
// `createWorkflowCreator` is the SDK's extension point for this (protected, static); the creator is the one its debug
// mode uses, given no timeout. Checked by the replay suite (tests/replay) and the history tests.
import { Worker, type CompiledWorkerOptions, type Logger } from '@temporalio/worker';
import { ReusableVMWorkflowCreator } from '@temporalio/worker/lib/workflow/reusable-vm.js';
import type { WorkflowCreator } from '@temporalio/worker/lib/workflow/interface.js';
import type { WorkflowBundleWithSourceMapAndFilename } from '@temporalio/worker/lib/workflow/workflow-worker-thread/input.js';

export class ReplayWorker extends Worker {
  protected static override async createWorkflowCreator(
    workflowBundle: WorkflowBundleWithSourceMapAndFilename,
    compiledOptions: CompiledWorkerOptions,
    _logger: Logger,
  ): Promise<WorkflowCreator> {
    return ReusableVMWorkflowCreator.create(
      workflowBundle,
      // Node's vm: an undefined timeout means no watchdog (a number, however large, starts one per call).
      undefined as unknown as number,
      new Set(compiledOptions.activities.keys()),
    );
  }
}
