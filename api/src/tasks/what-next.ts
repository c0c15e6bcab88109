// What the journey did after a task was completed, told truthfully: the next task and who has it, a wait until a date,
// a decision waiting for new data, a sub-journey, or the end and its outcome. The workflow's update answers as soon as
// the journey entered its next step, which may be a decision or a message that lasts an instant, so this reads the
// journey's state (its Query) until it rests somewhere a person would describe.
import { journeyStateQuery } from '@parcours/worker';
import type { WhatNext } from '@parcours/rules/contract';
import type { JourneyState } from '@parcours/worker';
import type { ApiDeps } from '../deps.ts';
import { presentOutcome } from '../journeys/present.ts';
import { definitionLabels, stepTitle, type DefinitionLabels } from '../journeys/step-titles.ts';

export type { WhatNext };

const POLL_MS = 150;
const PATIENCE_MS = 5000;

/** Where the journey rests now, or null while it is passing through an instantaneous step. */
export function restingPlace(
  state: JourneyState,
  labels: DefinitionLabels | undefined,
  outcomes: ApiDeps['config']['OUTCOMES'],
): WhatNext | null {
  const here = { stepId: state.currentStep, stepTitle: stepTitle(labels, state.currentStep) };
  if (state.status === 'cancelled') return { kind: 'cancelled' };
  if (state.status === 'completed')
    return { ...here, kind: 'end', outcome: state.outcome, outcomeLabel: presentOutcome(state.outcome, outcomes) };
  const step = labels?.steps.get(state.currentStep);
  const task = state.openTasks.find((t) => t.stepId === state.currentStep);
  if (task)
    return { ...here, kind: 'task', taskId: task.taskId, assignee: task.assignee ?? null, dueAt: task.dueAt ?? null };
  if (state.pendingDecision?.stepId === state.currentStep)
    return { ...here, kind: 'pending-decision', until: state.pendingDecision.until };
  const last = state.timeline.at(-1);
  if (step?.type === 'wait' && last?.kind === 'wait' && last.stepId === state.currentStep)
    return { ...here, kind: 'wait', until: typeof last.detail?.until === 'string' ? last.detail.until : null };
  if (step?.type === 'subparcours') return { ...here, kind: 'subparcours', parcoursKey: step.parcours };
  return null;
}

/** Reads the journey's state until it rests (at most a few seconds; then says it is still moving, and where). */
export async function whatNext(
  { prisma, temporal, config }: Pick<ApiDeps, 'prisma' | 'temporal' | 'config'>,
  journey: { workflowId: string; definitionId: string },
): Promise<WhatNext> {
  const labels = (await definitionLabels(prisma, [journey.definitionId])).get(journey.definitionId);
  const handle = temporal.workflow.getHandle(journey.workflowId);
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const state = await handle.query(journeyStateQuery);
    const place = restingPlace(state, labels, config.OUTCOMES);
    if (place?.kind === 'task' && place.assignee && 'userId' in place.assignee) {
      const user = await prisma.user.findUnique({ where: { id: place.assignee.userId } });
      return { ...place, assigneeName: user?.displayName ?? null };
    }
    // A pool is named by its label (« IDE référente »), the back office shows it as it shows a person.
    if (place?.kind === 'task' && place.assignee && 'pool' in place.assignee) {
      const pool = await prisma.pool.findUnique({ where: { key: place.assignee.pool } });
      return { ...place, assigneeName: pool?.label ?? place.assignee.pool };
    }
    if (place) return place;
    if (Date.now() > deadline)
      return { kind: 'moving', stepId: state.currentStep, stepTitle: stepTitle(labels, state.currentStep) };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
