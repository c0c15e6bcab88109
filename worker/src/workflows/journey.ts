// The one interpreter workflow: it walks the pinned definition step by step. Every effect goes through an activity;
// every branch is chosen by the `decide` local activity so its facts and explanation are in the history and replay
// never re-evaluates a rule.
import { ApplicationFailure, allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import { addDuration, validateAnswers } from '@parcours/rules/workflow';
import type { Step } from '@parcours/rules/workflow';
import { effects, rules } from './proxies.ts';
import { cancelJourneySignal, completeTaskUpdate, journeyStateQuery } from './messages.ts';
import type { CancelJourneyInput, CompleteTaskInput, JourneyInput, JourneyState, TimelineEntry } from './types.ts';

export interface JourneyResult {
  status: 'completed' | 'cancelled';
  outcome: string | null;
}

// A definition validated at publish time can still be bypassed by a bad caller: refuse to loop forever on it.
const MAX_STEPS_PER_RUN = 10_000;

export async function parcoursJourney(input: JourneyInput): Promise<JourneyResult> {
  const { definition, journeyId, patientId } = input;
  const steps = new Map(definition.body.steps.map((s) => [s.id, s]));
  const startedAt = new Date(workflowInfo().startTime);
  const state: JourneyState = {
    journeyId,
    parcoursKey: definition.key,
    version: definition.version,
    status: 'running',
    currentStep: definition.body.start,
    outcome: null,
    openTasks: [],
    answers: {},
    iterations: {},
    timeline: [],
  };
  const accepted = new Map<string, CompleteTaskInput>();
  let cancelRequest: CancelJourneyInput | null = null;
  let stepsEntered = 0;
  const log = (kind: TimelineEntry['kind'], stepId: string, detail?: Record<string, unknown>) =>
    state.timeline.push({ at: new Date().toISOString(), kind, stepId, ...(detail ? { detail } : {}) });

  setHandler(journeyStateQuery, () => state);
  setHandler(cancelJourneySignal, (request) => {
    cancelRequest ??= request;
  });
  setHandler(
    completeTaskUpdate,
    async (request) => {
      const task = state.openTasks.find((t) => t.taskId === request.taskId)!;
      const checked = validateAnswers(task.form, request.answers);
      const answers = checked.ok ? checked.answers : request.answers;
      state.openTasks = state.openTasks.filter((t) => t.taskId !== task.taskId);
      await effects.closeTask({ taskId: task.taskId, status: 'completed', answers, completedBy: request.completedBy });
      accepted.set(task.taskId, { ...request, answers });
      // Answer the caller only once the journey has moved on, so the UI can show where it went next.
      const entered = stepsEntered;
      await condition(() => stepsEntered > entered || state.status !== 'running');
      return {
        taskId: task.taskId,
        stepId: task.stepId,
        nextStep: state.status === 'running' ? state.currentStep : null,
        status: state.status,
      };
    },
    {
      validator: (request) => {
        const task = state.openTasks.find((t) => t.taskId === request.taskId);
        if (!task)
          throw ApplicationFailure.create({ type: 'TaskNotOpen', message: `Task ${request.taskId} is not open` });
        const checked = validateAnswers(task.form, request.answers);
        if (!checked.ok) {
          throw ApplicationFailure.create({
            type: 'InvalidAnswers',
            message: 'Invalid answers',
            details: [checked.errors],
          });
        }
      },
    },
  );

  await effects.recordJourneyStarted({
    journeyId,
    workflowId: workflowInfo().workflowId,
    patientId,
    definitionId: definition.id,
    parcoursKey: definition.key,
    version: definition.version,
    startedBy: input.startedBy ?? null,
    startedAt: startedAt.toISOString(),
  });

  const cancelled = () => cancelRequest !== null;
  for (let count = 0; count < MAX_STEPS_PER_RUN; count++) {
    const step: Step | undefined = steps.get(state.currentStep);
    if (!step) throw ApplicationFailure.nonRetryable(`Unknown step ${state.currentStep}`, 'InvalidDefinition');
    const iteration = state.iterations[step.id] ?? 0;
    state.iterations[step.id] = iteration + 1;
    stepsEntered++;
    log('step', step.id, { type: step.type, iteration });
    await effects.recordStep({ journeyId, stepId: step.id });

    switch (step.type) {
      case 'task': {
        const now = new Date();
        const dueAt = step.due ? addDuration(now, step.due).toISOString() : null;
        const { taskId } = await effects.openTask({
          journeyId,
          stepId: step.id,
          iteration,
          title: step.title ?? { fr: step.id },
          assignee: step.assignee,
          form: step.form ?? [],
          dueAt,
        });
        state.openTasks.push({ taskId, stepId: step.id, iteration, form: step.form ?? [] });
        log('task-opened', step.id, { taskId, dueAt });
        await condition(() => accepted.has(taskId) || cancelled());
        if (cancelled()) break;
        state.answers[step.id] = accepted.get(taskId)!.answers;
        log('task-completed', step.id, { taskId, by: accepted.get(taskId)!.completedBy });
        break;
      }
      case 'wait': {
        const now = new Date();
        const until = addDuration(now, step.duration);
        log('wait', step.id, { until: until.toISOString() });
        await condition(cancelled, until.getTime() - now.getTime());
        break;
      }
      case 'notify': {
        await effects.writeOutbox({ journeyId, stepId: step.id, iteration, recipient: step.to, message: step.message });
        log('notify', step.id, { to: step.to });
        break;
      }
      case 'end': {
        state.status = 'completed';
        state.outcome = step.outcome;
        await effects.finishJourney({ journeyId, status: 'completed', outcome: step.outcome });
        log('end', step.id, { outcome: step.outcome });
        await condition(allHandlersFinished);
        return { status: 'completed', outcome: step.outcome };
      }
      case 'decision':
      case 'subparcours':
        break;
    }

    if (cancelled()) return cancel(cancelRequest!);

    const decision = await rules.decide({
      patientId,
      stepId: step.id,
      next: step.next,
      answers: state.answers,
      journey: {
        startedAt: startedAt.toISOString(),
        daysSinceStart: Math.floor((Date.now() - startedAt.getTime()) / 86_400_000),
        iteration,
        previousOutcome: null,
      },
      now: new Date().toISOString(),
    });
    log('decision', step.id, { to: decision.to, index: decision.index, evaluations: decision.evaluations });
    state.currentStep = decision.to;
  }
  throw ApplicationFailure.nonRetryable(`More than ${MAX_STEPS_PER_RUN} steps in one run`, 'RunawayJourney');

  async function cancel(request: CancelJourneyInput): Promise<JourneyResult> {
    state.status = 'cancelled';
    state.outcome = 'cancelled';
    state.openTasks = [];
    await effects.finishJourney({ journeyId, status: 'cancelled', outcome: 'cancelled', reason: request.reason });
    log('cancelled', state.currentStep, { reason: request.reason, by: request.cancelledBy });
    await condition(allHandlersFinished);
    return { status: 'cancelled', outcome: 'cancelled' };
  }
}
