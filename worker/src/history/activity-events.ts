// What each activity of the journey workflow means in the history view when the workflow schedules it. The table is
// keyed by the activities themselves (`keyof JourneyActivities`): renaming, adding or removing an activity breaks the
// compile here until someone decides what its scheduling shows (an event, or nothing with the reason beside it).
import type { Step } from '@parcours/rules';
import type { TimelineEvent, TimelineEventKind } from '@parcours/rules/contract';
import type { JourneyActivities } from '../activities/index.ts';
import { assigneeText, summaries } from './summaries.ts';

export type ActivityName = keyof JourneyActivities;

/** What the reading of one run knows so far, updated as its events go by. */
export interface RunState {
  steps: Map<string, Step>;
  currentStep?: string;
  cancelledBy?: string;
  /** The step of each task opened in this run, by task id. */
  taskSteps: Map<string, string>;
}

export type Push = (kind: TimelineEventKind, summary: TimelineEvent['summary'], rest?: Partial<TimelineEvent>) => void;

export interface Reading {
  state: RunState;
  push: Push;
  actor: (id: unknown) => TimelineEvent['actor'];
}

type OnScheduled = (args: Record<string, unknown>, reading: Reading) => void;

const stepOf = ({ state }: Reading, taskId: unknown) => state.taskSteps.get(String(taskId)) ?? state.currentStep;

/** Read when its completion gives the task id (see timeline.ts), not when scheduled. */
export const OPEN_TASK = 'openTask' satisfies ActivityName;
/** A local activity: its marker records the facts and the explanation (see timeline.ts). */
export const DECIDE = 'decide' satisfies ActivityName;
/**
 * The projection writes of journeys started since the local-projection-writes patch: local activities, read from their
 * marker, whose result carries the write's name and arguments (see timeline.ts).
 */
export const PROJECTION_WRITE = 'projectionWrite' satisfies ActivityName;
/** Entering a step in one write (local writes only): read as a recordStep, then an openTask (see timeline.ts). */
export const ENTER_STEP = 'enterStep' satisfies ActivityName;

export const ACTIVITY_EVENTS = {
  recordStep(args, { state, push }) {
    state.currentStep = String(args.stepId);
    const step = state.steps.get(state.currentStep);
    push('step', summaries.step(step?.title, state.currentStep), { detail: { type: step?.type } });
  },
  closeTask(args, reading) {
    const stepId = stepOf(reading, args.taskId) ?? '?';
    const step = reading.state.steps.get(stepId);
    // The form comes along so every answer can be read with its label and unit, not only those a rule used.
    reading.push('task-completed', summaries.taskCompleted(step?.title, stepId), {
      stepId,
      actor: reading.actor(args.completedBy),
      detail: { taskId: args.taskId, answers: args.answers, form: step?.type === 'task' ? step.form : [] },
    });
  },
  reassignTask(args, reading) {
    reading.push('task-reassigned', summaries.taskReassigned(assigneeText(args.to)), {
      stepId: stepOf(reading, args.taskId),
      actor: reading.actor(args.reassignedBy),
      detail: { taskId: args.taskId, to: args.to },
    });
  },
  recordTaskAlert(args, { state, push }) {
    const stepId = String(args.stepId);
    const title = state.steps.get(stepId)?.title;
    if (args.kind === 'reminder')
      push('reminder', summaries.reminder(title, stepId), { stepId, detail: { taskId: args.taskId } });
    else
      push('escalation', summaries.escalation(title, stepId, assigneeText(args.to)), {
        stepId,
        detail: { taskId: args.taskId, to: args.to },
      });
  },
  writeOutbox(args, { state, push }) {
    push('notify', summaries.notify(state.steps.get(String(args.stepId))?.title, String(args.stepId)), {
      detail: { to: args.recipient, message: args.message },
    });
  },
  finishJourney(args, { state, push, actor }) {
    if (args.status === 'cancelled')
      push('cancelled', summaries.cancelled(args.reason as string | undefined), {
        actor: actor(state.cancelledBy),
        detail: { reason: args.reason },
      });
    else
      push('completed', summaries.completed((args.outcome as string) ?? null), { detail: { outcome: args.outcome } });
  },
  [OPEN_TASK]: null,
  [DECIDE]: null,
  [PROJECTION_WRITE]: null,
  [ENTER_STEP]: null,
  // Bookkeeping of the projections: the journey's start, runs and error state show through other events.
  recordJourneyStarted: null,
  recordRun: null,
  recordJourneyError: null,
  recordJourneyRecovered: null,
  // The subparcours it loads shows as the child workflow's start.
  loadPublishedDefinition: null,
} satisfies Record<ActivityName, OnScheduled | null>;

/** The events of one scheduled activity; an activity type this code does not know (none today) shows nothing. */
export function onActivityScheduled(name: string, args: Record<string, unknown>, reading: Reading): void {
  const on = Object.hasOwn(ACTIVITY_EVENTS, name) ? ACTIVITY_EVENTS[name as ActivityName] : null;
  on?.(args, reading);
}
