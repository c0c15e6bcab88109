// The history tools the API serves: a journey's runs fetched from Temporal, read back into business events (decisions
// with their recorded facts and explanation, who completed which task), exported as Temporal JSON, and replayed
// against the current code — which must detect a history that the code would not reproduce.
import { describe, expect, it } from 'vitest';
import type { DecisionEvaluation } from '@parcours/rules/contract';
import {
  completeTaskUpdate,
  fetchJourneyHistories,
  historiesFromJSON,
  historiesToJSON,
  journeyHistoryView,
  replayJourney,
} from '@parcours/worker';
import { skeletonDefinition } from './support/definitions.ts';
import { sharedBundle } from './support/harness.ts';
import { useTimeSkippingHarness } from './support/setup.ts';

const harness = useTimeSkippingHarness();

async function finishedJourney() {
  const h = harness();
  const nurse = await h.createUser('IDE');
  return h.withWorker(async () => {
    const definition = await h.publish(skeletonDefinition());
    const { journeyId, handle } = await h.start(definition, await h.createPatient());
    const task = await h.openTask(journeyId);
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: task.id, answers: { chairRiseSeconds: 9 }, completedBy: nurse }],
    });
    await handle.result();
    return { journeyId, nurse, definition, workflowId: handle.workflowId, taskId: task.id };
  });
}

describe('journey history', () => {
  it('reads the history back into events with decisions explained and actors named', async () => {
    const h = harness();
    const { journeyId, nurse, definition, workflowId, taskId } = await finishedJourney();
    const runs = await fetchJourneyHistories(h.env.client, workflowId);
    expect(runs).toHaveLength(1);
    const view = journeyHistoryView(runs, { displayNames: { [nurse]: 'Infirmière Test' } });
    expect(view).toMatchObject({ journeyId, parcoursKey: definition.key, version: 1, definitionHash: definition.hash });
    expect(view.runs).toEqual([runs[0]!.runId]);
    expect(view.events.map((e) => e.kind)).toEqual([
      'started',
      'step',
      'task-opened',
      'task-completed',
      'decision',
      'step',
      'decision',
      'step',
      'wait-started',
      'wait-ended',
      'decision',
      'step',
      'completed',
    ]);
    const completed = view.events.find((e) => e.kind === 'task-completed')!;
    expect(completed).toMatchObject({
      stepId: 'screening',
      actor: { id: nurse, displayName: 'Infirmière Test' },
      detail: { taskId, answers: { chairRiseSeconds: 9 } },
    });
    const triage = view.events.filter((e) => e.kind === 'decision')[1]!;
    expect(triage.stepId).toBe('triage');
    expect(triage.summary.fr).toMatch(/triage/);
    expect(triage.summary.en).toMatch(/recall/);
    const detail = triage.detail as {
      to: string;
      index: number;
      facts: unknown;
      evaluations: DecisionEvaluation[];
    };
    expect(detail).toMatchObject({ to: 'recall', index: 1 });
    expect(detail.facts).toMatchObject({ patient: { sex: 'F' } });
    expect(detail.evaluations[0]).toMatchObject({ to: 'referred', result: false });
    expect(detail.evaluations[0]!.when).toBeTruthy();
    expect(detail.evaluations[0]!.explanation).toBeTruthy();
    // The answer is named by its form label from the pinned definition, not by its path.
    expect((detail.evaluations[0]!.text as { fr: string }).fr).toContain('5 levers de chaise (secondes)');
    expect((detail.evaluations[0]!.text as { fr: string }).fr).not.toContain('screening.chairRiseSeconds');
    const wait = view.events.find((e) => e.kind === 'wait-started')!;
    expect(Date.parse(String(wait.detail!.until)) - Date.parse(wait.at)).toBeGreaterThan(180 * 86_400_000);
  });

  it('exports the runs as Temporal JSON that replays, and reports a history the code would not reproduce', async () => {
    const h = harness();
    const { workflowId } = await finishedJourney();
    const runs = await fetchJourneyHistories(h.env.client, workflowId);
    const json = JSON.parse(JSON.stringify(historiesToJSON(runs))) as ReturnType<typeof historiesToJSON>;
    expect(json.runs[0]!.runId).toBe(runs[0]!.runId);
    const workflowBundle = await sharedBundle();
    expect(await replayJourney(historiesFromJSON(json), { workflowBundle })).toEqual({ ok: true, runs: 1 });

    // Rewrite the recorded definition: the wait step becomes a message, so the code would issue other commands.
    const history = json.runs[0]!.history as {
      events: { workflowExecutionStartedEventAttributes?: { input: { payloads: { data: string }[] } } }[];
    };
    const payload = history.events[0]!.workflowExecutionStartedEventAttributes!.input.payloads[0]!;
    const input = JSON.parse(Buffer.from(payload.data, 'base64').toString('utf8'));
    const recall = input.definition.body.steps.find((s: { id: string }) => s.id === 'recall');
    Object.assign(recall, { type: 'notify', to: { patient: true }, message: { fr: 'x' } });
    payload.data = Buffer.from(JSON.stringify(input)).toString('base64');
    const outcome = await replayJourney(historiesFromJSON(json), { workflowBundle });
    expect(outcome).toMatchObject({ ok: false, runId: runs[0]!.runId });
    expect((outcome as { error: string }).error).toMatch(/nondetermin/i);
  });
});
