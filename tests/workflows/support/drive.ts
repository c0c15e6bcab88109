// Drives a journey through a script of task answers on the time-skipping server: completes each expected task through
// the completeTask update as soon as it opens, and skips time over waits (waiting on an update or a database poll does
// not skip time by itself). Fails as soon as the journey opens a task the script does not expect.
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { completeTaskUpdate, journeyStateQuery } from '@parcours/worker';
import type { JourneyState } from '@parcours/worker';

export type TaskScript = [stepId: string, answers: Record<string, unknown>][];

async function stateOf(handle: WorkflowHandle): Promise<JourneyState> {
  return handle.query(journeyStateQuery);
}

export async function drive(
  env: TestWorkflowEnvironment,
  handle: WorkflowHandle,
  script: TaskScript,
  completedBy: string,
): Promise<void> {
  for (const [index, [stepId, answers]] of script.entries()) {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 400) throw new Error(`script[${index}]: task ${stepId} never opened`);
      const state = await stateOf(handle);
      if (state.status !== 'running') throw new Error(`script[${index}]: journey ${state.status} before ${stepId}`);
      const open = state.openTasks[0];
      if (open && open.stepId !== stepId)
        throw new Error(`script[${index}]: expected task ${stepId}, the journey opened ${open.stepId}`);
      if (open) {
        await handle.executeUpdate(completeTaskUpdate, {
          args: [{ taskId: open.taskId, answers, completedBy }],
          updateId: `script-${open.taskId}`,
        });
        break;
      }
      const wait = [...state.timeline].reverse().find((e) => e.kind === 'wait' || e.kind === 'step');
      if (wait?.kind === 'wait' && wait.stepId === state.currentStep) {
        const until = Date.parse(String(wait.detail?.until));
        const now = await env.currentTimeMs();
        if (until > now) await env.sleep(until - now + 1_000);
      } else {
        await new Promise((r) => setTimeout(r, 10));
      }
    }
  }
}
