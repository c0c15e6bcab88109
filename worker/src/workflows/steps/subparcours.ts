// A subparcours step: another parcours for the same patient, as a child journey with its own workflow id (so the
// patient is never enrolled twice in it). Its definition is read by an activity: workflow code never reads the
// database. Waited on, its outcome becomes the `journey.previousOutcome` fact of the next decision.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, condition, startChild, uuid4 } from '@temporalio/workflow';
import type { SubparcoursStep } from '@parcours/rules/workflow';
import { journeyWorkflowId } from '../ids.ts';
import type { JourneyRun } from '../state.ts';
import type { JourneyInput } from '../types.ts';
import type { JourneyResult } from '../journey.ts';

export async function runSubparcours(run: JourneyRun, step: SubparcoursStep): Promise<void> {
  const { input } = run;
  const definition = await run.effects.loadPublishedDefinition({ key: step.parcours, version: step.version });
  const workflowId = journeyWorkflowId(definition.key, input.patientId);
  const childInput: JourneyInput = {
    journeyId: uuid4(),
    patientId: input.patientId,
    definition,
    startedBy: input.startedBy ?? null,
    parentJourneyId: input.journeyId,
    ...(input.searchAttributes ? { searchAttributes: true } : {}),
  };
  const wait = step.wait ?? false;
  let child;
  try {
    // Typed by name: importing the workflow function here would be circular.
    child = await startChild<(i: JourneyInput) => Promise<JourneyResult>>('parcoursJourney', {
      workflowId,
      args: [childInput],
      memo: { title: definition.body.title.fr },
      parentClosePolicy: wait ? ParentClosePolicy.TERMINATE : ParentClosePolicy.ABANDON,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    run.log('subparcours', step.id, { parcoursKey: definition.key, version: definition.version, alreadyRunning: true });
    return;
  }
  run.log('subparcours', step.id, {
    parcoursKey: definition.key,
    version: definition.version,
    journeyId: childInput.journeyId,
    workflowId,
    wait,
  });
  if (!wait) return;
  let result: JourneyResult | undefined;
  const finished = child.result().then((r) => (result = r));
  await Promise.race([finished, condition(run.cancelled)]);
  if (result) {
    run.state.previousOutcome = result.outcome;
    run.log('subparcours', step.id, {
      journeyId: childInput.journeyId,
      outcome: result.outcome,
      status: result.status,
    });
  }
}
