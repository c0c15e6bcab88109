// Signals, queries and updates of the journey workflow. The API imports these definitions, never string names.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  CancelJourneyInput,
  CompleteTaskInput,
  CompleteTaskResult,
  JourneyState,
  PushFactsInput,
  PushFactsResult,
  ReassignTaskInput,
  ReassignTaskResult,
  RetryFailedStepInput,
  RetryFailedStepResult,
} from './types.ts';

export const completeTaskUpdate = defineUpdate<CompleteTaskResult, [CompleteTaskInput]>('completeTask');
export const cancelJourneySignal = defineSignal<[CancelJourneyInput]>('cancelJourney');
export const journeyStateQuery = defineQuery<JourneyState>('journeyState');
export const reassignTaskUpdate = defineUpdate<ReassignTaskResult, [ReassignTaskInput]>('reassignTask');
export const pushFactsUpdate = defineUpdate<PushFactsResult, [PushFactsInput]>('pushFacts');
/** Re-runs the activity a journey in `error` failed on; refused (JourneyNotInError) when the journey is not in error. */
export const retryFailedStepUpdate = defineUpdate<RetryFailedStepResult, [RetryFailedStepInput]>('retryFailedStep');
