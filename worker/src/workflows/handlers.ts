// Message handlers of the journey workflow. Validators refuse bad requests before anything is written to history, so
// the caller gets the refusal synchronously and a refused update leaves no trace.
import { ActivityFailure, ApplicationFailure, condition, patched, setHandler } from '@temporalio/workflow';
import { findUnsafeText, validateAnswers } from '@parcours/rules/workflow';
import {
  cancelJourneySignal,
  completeTaskUpdate,
  journeyStateQuery,
  pushFactsUpdate,
  reassignTaskUpdate,
} from './messages.ts';
import type { JourneyRun } from './state.ts';
import type { OpenTask } from './types.ts';

function openTask(run: JourneyRun, taskId: string): OpenTask {
  const task = run.state.openTasks.find((t) => t.taskId === taskId);
  if (!task) throw ApplicationFailure.create({ type: 'TaskNotOpen', message: `Task ${taskId} is not open` });
  return task;
}

/**
 * A completion accepted while its task was still opening (see JourneyRun.tasksOpening) waits for it. Histories
 * without the marker never accepted such a completion (a refused update leaves no event), so they replay unchanged.
 */
export const COMPLETION_WHILE_OPENING_PATCH = 'complete-task-while-opening';

function invalidAnswers(errors: unknown): ApplicationFailure {
  return ApplicationFailure.create({ type: 'InvalidAnswers', message: 'Invalid answers', details: [errors] });
}

function refuseUnlessRunning(run: JourneyRun): void {
  if (run.state.status !== 'running' || run.cancelled())
    throw ApplicationFailure.create({ type: 'JourneyNotRunning', message: `Journey is ${run.state.status}` });
}

/**
 * A completion whose task row could not be closed for good (the data itself refused by PostgreSQL) puts the task back
 * among the open ones and fails the Update, instead of leaving the journey waiting on a task nobody can answer.
 */
export const CLOSE_FAILURE_REOPENS_PATCH = 'close-failure-reopens-task';

/**
 * Text PostgreSQL cannot store (NUL, unpaired surrogate) is refused before anything is recorded. Validators do not
 * run on replay, so refusing more here changes no recorded history.
 */
function refuseUnsafeText(value: unknown, type: string, root: string): void {
  const unsafe = findUnsafeText(value);
  if (!unsafe.length) return;
  throw ApplicationFailure.create({
    type,
    message: 'Text with a NUL character or an unpaired surrogate',
    details: [
      unsafe.map((u) => ({ field: [root, ...u.path].filter(Boolean).join('/'), code: u.code, message: u.message })),
    ],
  });
}

export function installHandlers(run: JourneyRun): void {
  const { state } = run;
  setHandler(journeyStateQuery, () => state);
  setHandler(cancelJourneySignal, (request) => {
    run.cancelRequest ??= request;
  });

  setHandler(
    completeTaskUpdate,
    async (request) => {
      const known = () => run.state.openTasks.some((t) => t.taskId === request.taskId);
      let waited = false;
      if (!known() && (run.tasksOpening > 0 || run.starting) && patched(COMPLETION_WHILE_OPENING_PATCH)) {
        waited = true;
        // Accepted by the validator while its task was still opening: wait for it (or for the opening to end).
        await condition(() => known() || (run.tasksOpening === 0 && !run.starting));
      }
      const task = openTask(run, request.taskId);
      const checked = validateAnswers(task.form, request.answers);
      // The validator checked the answers unless the task was still opening: refuse them here in that case only, so
      // recorded completions replay as they were accepted.
      if (waited) refuseUnsafeText(request.answers, 'InvalidAnswers', '');
      if (!checked.ok && waited) throw invalidAnswers(checked.errors);
      const answers = checked.ok ? checked.answers : request.answers;
      const position = state.openTasks.indexOf(task);
      state.openTasks = state.openTasks.filter((t) => t.taskId !== task.taskId);
      try {
        await run.writes.closeTask({
          taskId: task.taskId,
          status: 'completed',
          answers,
          completedBy: request.completedBy,
          completedAt: new Date().toISOString(),
        });
      } catch (error) {
        // A local write's failure comes as the activity's own ApplicationFailure (see recoverable.ts).
        const failed = error instanceof ActivityFailure || (run.localWrites && error instanceof ApplicationFailure);
        if (!failed || !patched(CLOSE_FAILURE_REOPENS_PATCH)) throw error;
        state.openTasks.splice(position, 0, task);
        throw ApplicationFailure.create({
          type: 'TaskNotClosed',
          message: 'The answers could not be recorded; the task is still open',
          details: [error instanceof ActivityFailure ? (error.cause?.message ?? error.message) : error.message],
        });
      }
      run.accepted.set(task.taskId, { ...request, answers });
      // Answer the caller only once the journey has moved on, so the UI can show where it went next.
      const entered = run.stepsEntered;
      await condition(() => run.stepsEntered > entered || state.status !== 'running' || run.continuing);
      return {
        taskId: task.taskId,
        stepId: task.stepId,
        nextStep: state.status === 'running' ? state.currentStep : null,
        status: state.status,
      };
    },
    {
      validator: (request) => {
        const task = run.state.openTasks.find((t) => t.taskId === request.taskId);
        // Unknown while a task is opening, or before the run has entered its first step: it may be that one (the
        // handler waits for it, then checks again).
        if (!task && (run.tasksOpening > 0 || run.starting)) return;
        refuseUnsafeText(request.answers, 'InvalidAnswers', '');
        const checked = validateAnswers(openTask(run, request.taskId).form, request.answers);
        if (!checked.ok) throw invalidAnswers(checked.errors);
      },
    },
  );

  setHandler(
    reassignTaskUpdate,
    async (request) => {
      const task = openTask(run, request.taskId);
      await run.writes.reassignTask({ taskId: task.taskId, to: request.to, reassignedBy: request.reassignedBy });
      task.assignee = request.to;
      run.log('task-reassigned', task.stepId, {
        taskId: task.taskId,
        to: request.to,
        by: request.reassignedBy,
        ...(request.reason ? { reason: request.reason } : {}),
      });
      return { taskId: task.taskId, to: request.to };
    },
    {
      validator: (request) => {
        openTask(run, request.taskId);
        refuseUnsafeText(request, 'InvalidAssignee', '');
        const to = request.to as Record<string, unknown> | undefined;
        const ok =
          to && ['profession', 'role', 'pool', 'userId'].some((k) => typeof to[k] === 'string' && to[k] !== '');
        if (!ok)
          throw ApplicationFailure.create({
            type: 'InvalidAssignee',
            message: 'to needs a profession, role, pool or userId',
          });
      },
    },
  );

  setHandler(
    pushFactsUpdate,
    async (request) => {
      state.pushedFacts = { ...state.pushedFacts, ...request.facts };
      run.log('facts-pushed', state.currentStep, {
        facts: request.facts,
        by: request.pushedBy,
        ...(request.source ? { source: request.source } : {}),
      });
      const version = ++run.factsVersion;
      if (!state.pendingDecision) return { reevaluated: false, currentStep: state.currentStep, status: state.status };
      // The pending decision evaluates again with these facts. Answer once it has: either it is still pending, or
      // it chose a branch and the journey has entered the next step (so currentStep tells the caller where it went).
      const entered = run.stepsEntered;
      await condition(
        () =>
          (run.factsEvaluated >= version && state.pendingDecision !== null) ||
          run.stepsEntered > entered ||
          state.status !== 'running' ||
          run.continuing,
      );
      return { reevaluated: run.factsEvaluated >= version, currentStep: state.currentStep, status: state.status };
    },
    {
      validator: (request) => {
        refuseUnlessRunning(run);
        refuseUnsafeText(request, 'InvalidFacts', '');
        const facts = request.facts as unknown;
        if (typeof facts !== 'object' || facts === null || Array.isArray(facts))
          throw ApplicationFailure.create({ type: 'InvalidFacts', message: 'facts must be an object' });
      },
    },
  );
}
