// The list and detail shapes of a journey, from the projection plus the patient's name and overdue task count.
import { outcomeLabel, type OutcomeDefinition } from '@parcours/rules';
import type { Journey, JourneyError } from '@parcours/rules/contract';
import type { Db } from '@parcours/db';
import type { ApiDeps } from '../deps.ts';
import { definitionLabels, stepTitle, type DefinitionLabels } from './step-titles.ts';

export const journeyInclude = (now: Date) =>
  ({
    patient: { select: { firstName: true, lastName: true } },
    _count: { select: { tasks: { where: { status: 'open', dueAt: { lt: now } } } } },
  }) satisfies Db.Prisma.JourneyInclude;

type Row = Db.Prisma.JourneyGetPayload<{ include: ReturnType<typeof journeyInclude> }>;

/** An outcome code with its French and English labels (null while the journey runs). */
export function presentOutcome(code: string | null, outcomes: readonly OutcomeDefinition[]) {
  return code ? { fr: outcomeLabel(code, 'fr', outcomes), en: outcomeLabel(code, 'en', outcomes) } : null;
}

export function presentJourney(
  j: Row,
  labels: DefinitionLabels | undefined,
  outcomes: readonly OutcomeDefinition[],
): Journey<Date> {
  return {
    id: j.id,
    patientId: j.patientId,
    patientName: `${j.patient.lastName.toUpperCase()} ${j.patient.firstName}`,
    parcoursKey: j.parcoursKey,
    version: j.parcoursVersion,
    status: j.status,
    outcome: j.outcome,
    currentStep: j.currentStep,
    currentStepTitle: stepTitle(labels, j.currentStep),
    outcomeLabel: presentOutcome(j.outcome, outcomes),
    parcoursTitle: labels?.title ?? { fr: j.parcoursKey },
    startedAt: j.startedAt,
    endedAt: j.endedAt,
    endReason: j.endReason,
    /** While status is `error`: which activity failed at which step, and why (retry with POST /journeys/:id/retry). */
    error: j.errorDetail as JourneyError | null,
    overdueTasks: j._count.tasks,
    workflowId: j.workflowId,
    definitionId: j.definitionId,
    enrolmentId: j.enrolmentId,
  };
}

/** Journeys as the API shows them, with step titles and outcome labels. */
export async function presentJourneys({ prisma, config }: Pick<ApiDeps, 'prisma' | 'config'>, rows: Row[]) {
  const labels = await definitionLabels(
    prisma,
    rows.map((r) => r.definitionId),
  );
  return rows.map((r) => presentJourney(r, labels.get(r.definitionId), config.OUTCOMES));
}
