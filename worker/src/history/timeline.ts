// Reads a journey's Temporal histories back into the business events of its history view: which step, which task
// opened and who completed it, each decision with the facts and explanation recorded by the `decide` local activity
// (its marker), waits, messages, pushed facts, runs continued as new. Pure: no client, no database.
import { defaultPayloadConverter } from '@temporalio/common';
import type { History } from '@temporalio/common/lib/proto-utils.js';
import { tsToMs } from '@temporalio/common/lib/time.js';
import { definitionLabeler, explanationText } from '@parcours/rules';
import type { Assignee, Explanation, FactLabeler, LocalizedText } from '@parcours/rules';
import type { JourneyHistory, TimelineEvent } from '@parcours/rules/contract';
import { cancelJourneySignal, pushFactsUpdate } from '../workflows/messages.ts';
import type { JourneyInput, ResolvedAssignee } from '../workflows/types.ts';
import { amendWithResult, resolvedDetail } from './assignments.ts';
import {
  DECIDE,
  ENTER_STEP,
  OPEN_TASK,
  PROJECTION_WRITE,
  onActivityScheduled,
  type Reading,
  type RunState,
} from './activity-events.ts';
import type { JourneyRunHistory } from './fetch.ts';
import { summaries } from './summaries.ts';

type HistoryEvent = NonNullable<History['events']>[number];
type OpenedResult = { taskId: string } & Partial<ResolvedAssignee>;
interface Written {
  name: string;
  args: Record<string, unknown>;
  result: unknown;
}

/**
 * The write a projectionWrite marker records (its name, arguments and result), or null for any other marker. A write
 * that failed records no result: only the call that went through shows, as a retried activity's does.
 */
function projectionWritten(e: HistoryEvent): Written | null {
  const m = e.markerRecordedEventAttributes!;
  if (m.markerName !== 'core_local_activity') return null;
  const data = decode<{ activity_type?: string }>(m.details?.data as Payloads);
  if (data?.activity_type !== PROJECTION_WRITE) return null;
  const written = decode<Partial<Written>>(m.details?.result as Payloads);
  if (!written?.name) return { name: '', args: {}, result: undefined };
  return { name: written.name, args: written.args ?? {}, result: written.result };
}
type Payloads = { payloads?: unknown[] | null } | null | undefined;
export interface TimelineOptions {
  /** Display names by user id; ids without a name are shown as the id. */
  displayNames?: Record<string, string>;
}

function decode<T>(payloads: Payloads, index = 0): T | undefined {
  const p = payloads?.payloads?.[index];
  return p ? defaultPayloadConverter.fromPayload<T>(p as never) : undefined;
}

export function journeyHistoryView(runs: JourneyRunHistory[], options: TimelineOptions = {}): JourneyHistory {
  const first = runs[0]?.history.events?.[0]?.workflowExecutionStartedEventAttributes;
  const input = decode<JourneyInput>(first?.input);
  if (!input) throw new Error('The first run has no journey input');
  return {
    journeyId: input.journeyId,
    parcoursKey: input.definition.key,
    version: input.definition.version,
    definitionHash: input.definition.hash,
    runs: runs.map((r) => r.runId),
    events: historyToTimeline(runs, options),
  };
}

export function historyToTimeline(runs: JourneyRunHistory[], options: TimelineOptions = {}): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const [index, run] of runs.entries()) events.push(...runTimeline(run, index === 0, options));
  return events;
}

function runTimeline(run: JourneyRunHistory, firstRun: boolean, options: TimelineOptions): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const actor = (id: unknown) =>
    typeof id === 'string' && id ? { id, displayName: options.displayNames?.[id] ?? id } : undefined;
  const scheduled = new Map<string, { name: string; input: Record<string, unknown> }>();
  const state: RunState = { steps: new Map(), taskSteps: new Map() };
  const waitTimers = new Set<string>();
  const children = new Map<string, string>();
  let input: JourneyInput | undefined;
  // Recorded explanations name answers by path (« task-1.nombreDeChutes »); the pinned definition gives their labels.
  let labels: FactLabeler | undefined;
  const failedCalls = new Set<string>();
  // The event each scheduled activity pushed, by its scheduled event id: its completion may say more (whom it went to).
  const pushedFor = new Map<string, TimelineEvent>();

  for (const e of run.history.events ?? []) {
    const at = new Date(tsToMs(e.eventTime as never)).toISOString();
    const push: Reading['push'] = (kind, summary, rest = {}) =>
      void out.push({
        at,
        kind,
        ...(state.currentStep ? { stepId: state.currentStep } : {}),
        summary,
        runId: run.runId,
        ...rest,
      });

    if (e.workflowExecutionStartedEventAttributes) {
      input = decode<JourneyInput>(e.workflowExecutionStartedEventAttributes.input);
      state.steps = new Map((input?.definition.body.steps ?? []).map((s) => [s.id, s]));
      labels = input ? definitionLabeler(input.definition.body) : undefined;
      if (firstRun && input)
        push(
          'started',
          summaries.started(input.definition.body.title, input.definition.key, input.definition.version),
          {
            actor: actor(input.startedBy),
            detail: { patientId: input.patientId, definitionId: input.definition.id },
          },
        );
      state.currentStep = input?.resume?.currentStep;
    } else if (e.activityTaskScheduledEventAttributes) {
      const a = e.activityTaskScheduledEventAttributes;
      const name = a.activityType?.name ?? '';
      const args = decode<Record<string, unknown>>(a.input) ?? {};
      scheduled.set(String(e.eventId), { name, input: args });
      // The same call again after a permanent failure is the coordinator's retry (retryFailedStep), not a new step.
      const call = `${name}:${JSON.stringify(args)}`;
      if (failedCalls.delete(call)) continue;
      const before = out.length;
      onActivityScheduled(name, args, { state, push, actor });
      if (out.length > before) pushedFor.set(String(e.eventId), out[out.length - 1]!);
    } else if (e.activityTaskFailedEventAttributes) {
      const s = scheduled.get(String(e.activityTaskFailedEventAttributes.scheduledEventId));
      if (s) failedCalls.add(`${s.name}:${JSON.stringify(s.input)}`);
    } else if (e.activityTaskCompletedEventAttributes) {
      const a = e.activityTaskCompletedEventAttributes;
      const s = scheduled.get(String(a.scheduledEventId));
      if (s?.name === OPEN_TASK) {
        taskOpened(s.input, decode<OpenedResult>(a.result), push);
      } else if (s) {
        const event = pushedFor.get(String(a.scheduledEventId));
        if (event)
          amendWithResult(event, s.name, decode<Record<string, unknown>>(a.result), (id) => state.steps.get(id)?.title);
      }
    } else if (e.markerRecordedEventAttributes) {
      const written = projectionWritten(e);
      if (written) onWritten(written, { state, push, actor });
      else onMarker(e);
    } else if (e.timerStartedEventAttributes) {
      const step = state.currentStep ? state.steps.get(state.currentStep) : undefined;
      if (step?.type === 'wait') {
        const timer = e.timerStartedEventAttributes;
        waitTimers.add(String(timer.timerId));
        const ms = tsToMs(timer.startToFireTimeout as never);
        push('wait-started', summaries.waitStarted(new Date(Date.parse(at) + ms).toISOString()), {
          detail: { until: new Date(Date.parse(at) + ms).toISOString(), duration: step.duration },
        });
      }
    } else if (e.timerFiredEventAttributes) {
      if (waitTimers.delete(String(e.timerFiredEventAttributes.timerId))) push('wait-ended', summaries.waitEnded());
    } else if (e.workflowExecutionUpdateAcceptedEventAttributes) {
      const request = e.workflowExecutionUpdateAcceptedEventAttributes.acceptedRequest?.input;
      if (request?.name === pushFactsUpdate.name) {
        const body = decode<{ facts: Record<string, unknown>; pushedBy: string; source?: string }>(request.args);
        push('facts-pushed', summaries.factsPushed(Object.keys(body?.facts ?? {})), {
          actor: actor(body?.pushedBy),
          detail: { facts: body?.facts, source: body?.source },
        });
      }
    } else if (e.workflowExecutionSignaledEventAttributes?.signalName === cancelJourneySignal.name) {
      state.cancelledBy = decode<{ cancelledBy: string }>(
        e.workflowExecutionSignaledEventAttributes.input,
      )?.cancelledBy;
    } else if (e.startChildWorkflowExecutionInitiatedEventAttributes) {
      const c = e.startChildWorkflowExecutionInitiatedEventAttributes;
      const child = decode<JourneyInput>(c.input);
      children.set(String(e.eventId), child?.definition.key ?? '?');
      push('subparcours', summaries.subparcours(child?.definition.key ?? '?'), {
        detail: { workflowId: c.workflowId, journeyId: child?.journeyId, parcoursKey: child?.definition.key },
      });
    } else if (e.startChildWorkflowExecutionFailedEventAttributes) {
      const key = children.get(String(e.startChildWorkflowExecutionFailedEventAttributes.initiatedEventId)) ?? '?';
      push('subparcours', summaries.subparcoursRunning(key), { detail: { parcoursKey: key, alreadyRunning: true } });
    } else if (e.childWorkflowExecutionCompletedEventAttributes) {
      const c = e.childWorkflowExecutionCompletedEventAttributes;
      const key = children.get(String(c.initiatedEventId)) ?? '?';
      const result = decode<{ outcome: string; status: string }>(c.result);
      push('subparcours', summaries.subparcoursEnded(key, result?.outcome ?? '?'), {
        detail: { parcoursKey: key, ...result },
      });
    } else if (e.workflowExecutionContinuedAsNewEventAttributes) {
      push('continued', summaries.continued(), {
        detail: { newRunId: e.workflowExecutionContinuedAsNewEventAttributes.newExecutionRunId },
      });
    } else if (e.workflowExecutionFailedEventAttributes || e.workflowExecutionTerminatedEventAttributes) {
      const message =
        e.workflowExecutionFailedEventAttributes?.failure?.message ??
        e.workflowExecutionTerminatedEventAttributes?.reason ??
        'terminated';
      push('failed', summaries.failed(message), { detail: { message } });
    }
  }
  return out;

  function taskOpened(input: Record<string, unknown>, result: OpenedResult | undefined, push: Reading['push']) {
    const opened = result ?? { taskId: '' };
    const stepId = String(input.stepId);
    state.taskSteps.set(opened.taskId, stepId);
    push('task-opened', summaries.taskOpened(state.steps.get(stepId)?.title, stepId), {
      stepId,
      detail: {
        taskId: opened.taskId,
        dueAt: input.dueAt,
        iteration: input.iteration,
        ...resolvedDetail(input.assignee as Assignee, opened),
      },
    });
  }

  /** A local projection write read as its scheduling and its completion were (see activities/index.ts). */
  function onWritten({ name, args, result }: Written, reading: Reading) {
    if (name === ENTER_STEP) {
      onActivityScheduled('recordStep', args, reading);
      const task = args.task as Record<string, unknown> | undefined;
      if (task) taskOpened(task, (result as { task?: OpenedResult } | undefined)?.task, reading.push);
    } else if (name === OPEN_TASK) taskOpened(args, result as OpenedResult | undefined, reading.push);
    else {
      const before = out.length;
      onActivityScheduled(name, args, reading);
      if (out.length > before)
        amendWithResult(
          out[out.length - 1]!,
          name,
          result as Record<string, unknown> | undefined,
          (id) => state.steps.get(id)?.title,
        );
    }
  }

  function onMarker(e: HistoryEvent) {
    const m = e.markerRecordedEventAttributes!;
    if (m.markerName !== 'core_local_activity') return;
    const data = decode<{ activity_type?: string }>(m.details?.data as Payloads);
    if (data?.activity_type !== DECIDE) return;
    const choice = decode<{
      index: number;
      to: string;
      evaluations: { index: number; to: string; result: boolean; explanation?: unknown; text?: LocalizedText }[];
      facts?: unknown;
    }>(m.details?.result as Payloads);
    if (!choice) return;
    const { currentStep, steps } = state;
    const step = currentStep ? steps.get(currentStep) : undefined;
    const next = step && 'next' in step ? step.next : [];
    const at = new Date(tsToMs(e.eventTime as never)).toISOString();
    out.push({
      at,
      kind: 'decision',
      ...(currentStep ? { stepId: currentStep } : {}),
      summary: summaries.decision(
        { id: currentStep ?? '?', title: step?.title },
        { id: choice.to, title: steps.get(choice.to)?.title },
        !next[choice.index]?.when,
        next.length === 1,
      ),
      runId: run.runId,
      detail: {
        to: choice.to,
        index: choice.index,
        facts: choice.facts,
        evaluations: choice.evaluations.map((v) => ({
          to: v.to,
          when: next[v.index]?.when ?? null,
          result: v.result,
          explanation: v.explanation ?? null,
          ...(v.explanation
            ? { text: explanationText(v.explanation as Explanation, labels) }
            : v.text
              ? { text: v.text }
              : {}),
        })),
      },
    });
  }
}
