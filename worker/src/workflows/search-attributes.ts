// Upserts of the journey's search attributes (keys in search-attribute-keys.ts), only when the start input asks for
// them (startJourneyWorkflow does by default): a server without them registered, like the time-skipping test server,
// fails every workflow task that upserts one ("search attribute ParcoursPatientId is not defined").
import { upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { PARCOURS_KEY, PARCOURS_STATUS, PARCOURS_VERSION, PATIENT_ID } from './search-attribute-keys.ts';
import type { JourneyRun } from './state.ts';
import type { JourneyState } from './types.ts';

export function upsertJourneyAttributes(run: JourneyRun): void {
  if (run.input.searchAttributes !== true) return;
  const { definition, patientId } = run.input;
  // Started by startJourneyWorkflow (or continued as new), the run already carries them: one visibility write fewer.
  if (workflowInfo().typedSearchAttributes.get(PATIENT_ID) === patientId) return;
  upsertSearchAttributes([
    { key: PATIENT_ID, value: patientId },
    { key: PARCOURS_KEY, value: definition.key },
    { key: PARCOURS_VERSION, value: definition.version },
    { key: PARCOURS_STATUS, value: run.state.status },
  ]);
}

export function upsertStatus(run: JourneyRun, status: JourneyState['status']): void {
  if (run.input.searchAttributes !== true) return;
  upsertSearchAttributes([{ key: PARCOURS_STATUS, value: status }]);
}
