// A task step: the projection row is opened by an activity, then the step waits for the completeTask update, while
// the reminder and escalation timers fire (each recorded once, by an idempotent activity).
import { condition } from '@temporalio/workflow';
import { addDuration, staticTarget, subtractDuration } from '@parcours/rules/workflow';
import type { TaskStep } from '@parcours/rules/workflow';
import type { JourneyRun } from '../state.ts';
import type { OpenedTask, OpenTask, ResolvedAssignee } from '../types.ts';

type EnterStep = Omit<Parameters<JourneyRun['effects']['enterStep']>[0], 'task'>;

/**
 * `enter`: the step is entered with its task in one write (runs with local projection writes); unset, the step was
 * entered already (recordStep) and openTask opens the task.
 */
export async function runTask(
  run: JourneyRun,
  step: TaskStep,
  iteration: number,
  v2: boolean,
  enter?: EnterStep,
): Promise<void> {
  const { state, input } = run;
  const openedAt = new Date();
  const dueAt = step.due ? addDuration(openedAt, step.due).toISOString() : null;
  run.tasksOpening += 1;
  // Histories recorded before assignment rules answered the task id only.
  let opened: { taskId: string } & Partial<ResolvedAssignee>;
  try {
    const opening = {
      journeyId: input.journeyId,
      stepId: step.id,
      iteration,
      title: step.title ?? { fr: step.id },
      assignee: step.assignee,
      form: step.form ?? [],
      dueAt,
      openedAt: openedAt.toISOString(),
    };
    opened = enter
      ? ((await run.effects.enterStep({ ...enter, task: opening })).task as OpenedTask)
      : await run.effects.openTask(opening);
  } finally {
    run.tasksOpening -= 1;
  }
  const { taskId, assignment } = opened;
  // The activity resolves the rule (a care-team rule against the patient's team); histories recorded before it
  // returned the target have only static rules.
  const assignee = opened.assignee ?? staticTarget(step.assignee) ?? undefined;
  const task: OpenTask = { taskId, stepId: step.id, iteration, form: step.form ?? [], assignee, dueAt };
  state.openTasks.push(task);
  run.starting = false;
  run.log('task-opened', step.id, {
    taskId,
    dueAt,
    ...(assignee ? { assignee } : {}),
    ...(assignment ? { assignment } : {}),
  });
  const done = () => run.accepted.has(taskId) || run.cancelled();

  // The reminder comes `reminder` before the due date (after opening when the task has no due date).
  const timers: { kind: 'reminder' | 'escalation'; at: number }[] = [];
  if (v2 && step.reminder) {
    const at = dueAt ? subtractDuration(new Date(dueAt), step.reminder) : addDuration(openedAt, step.reminder);
    timers.push({ kind: 'reminder', at: Math.max(at.getTime(), openedAt.getTime()) });
  }
  if (v2 && step.escalation)
    timers.push({ kind: 'escalation', at: addDuration(openedAt, step.escalation.after).getTime() });
  timers.sort((a, b) => a.at - b.at);

  for (const timer of timers) {
    const fired = !(await condition(done, Math.max(1, timer.at - Date.now())));
    if (!fired) break;
    const at = new Date().toISOString();
    const to = timer.kind === 'escalation' ? step.escalation!.to : undefined;
    const escalated = await run.effects.recordTaskAlert({
      journeyId: input.journeyId,
      taskId,
      stepId: step.id,
      iteration,
      kind: timer.kind,
      at,
      to,
    });
    if (timer.kind === 'reminder') task.remindedAt = at;
    else {
      task.escalatedAt = at;
      // Older histories: the activity answered nothing and escalation rules were static.
      task.assignee = escalated?.assignee ?? (to ? (staticTarget(to) ?? undefined) : undefined);
    }
    run.log(timer.kind, step.id, {
      taskId,
      ...(to ? { to } : {}),
      ...(escalated ? { assignee: escalated.assignee, assignment: escalated.assignment } : {}),
    });
  }
  await condition(done);
  if (run.cancelled()) return;
  const completion = run.accepted.get(taskId)!;
  state.answers[step.id] = completion.answers;
  run.log('task-completed', step.id, { taskId, by: completion.completedBy });
}
