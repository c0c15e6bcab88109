// The list and detail shapes of a journey, from the projection plus the patient's name and overdue task count.
import type { Db } from '@parcours/worker/db';

export const journeyInclude = (now: Date) =>
  ({
    patient: { select: { firstName: true, lastName: true } },
    _count: { select: { tasks: { where: { status: 'open', dueAt: { lt: now } } } } },
  }) satisfies Db.Prisma.JourneyInclude;

type Row = Db.Prisma.JourneyGetPayload<{ include: ReturnType<typeof journeyInclude> }>;

export function presentJourney(j: Row) {
  return {
    id: j.id,
    patientId: j.patientId,
    patientName: `${j.patient.lastName.toUpperCase()} ${j.patient.firstName}`,
    parcoursKey: j.parcoursKey,
    version: j.parcoursVersion,
    status: j.status,
    outcome: j.outcome,
    currentStep: j.currentStep,
    startedAt: j.startedAt,
    endedAt: j.endedAt,
    endReason: j.endReason,
    /** While status is `error`: which activity failed at which step, and why (retry with POST /journeys/:id/retry). */
    error: j.errorDetail,
    overdueTasks: j._count.tasks,
    workflowId: j.workflowId,
    definitionId: j.definitionId,
    enrolmentId: j.enrolmentId,
  };
}
