// Long journeys (a yearly recall for ten years) would grow one history without bound: past a bound the run hands its
// state to a fresh run of the same workflow id, which keeps the journey id and appends to the chain of run ids.
import { allHandlersFinished, condition, continueAsNew, workflowInfo } from '@temporalio/workflow';
import type { JourneyRun } from './state.ts';
import type { JourneyInput, TimelineEntry } from './types.ts';

const DEFAULT_EVENT_BOUND = 10_000;
// The query shows the recent timeline; the full story of every run stays readable from the histories.
const TIMELINE_KEPT = 200;

export function shouldContinueAsNew(run: JourneyRun): boolean {
  const info = workflowInfo();
  return (
    info.continueAsNewSuggested || info.historyLength > (run.input.continueAsNewAfterEvents ?? DEFAULT_EVENT_BOUND)
  );
}

export async function continueAsNewJourney(run: JourneyRun): Promise<never> {
  const { state } = run;
  run.continuing = true;
  await condition(allHandlersFinished);
  const continued: TimelineEntry = {
    at: new Date().toISOString(),
    kind: 'continued',
    stepId: state.currentStep,
    detail: { fromRunId: workflowInfo().runId, historyLength: workflowInfo().historyLength },
  };
  const next: JourneyInput = {
    ...run.input,
    resume: {
      startedAt: run.startedAt.toISOString(),
      currentStep: state.currentStep,
      iterations: state.iterations,
      answers: state.answers,
      timeline: [...state.timeline, continued].slice(-TIMELINE_KEPT),
      openTasks: state.openTasks,
      pushedFacts: state.pushedFacts ?? {},
      previousOutcome: state.previousOutcome ?? null,
      runIds: state.runIds ?? [],
    },
  };
  return continueAsNew<(input: JourneyInput) => Promise<unknown>>(next);
}
