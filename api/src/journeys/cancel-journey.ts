// Cancelling a journey: the signal to its workflow (which cancels its open tasks and ends it as cancelled, its
// activities writing the projections) and the `cancel` audit row. The one path of POST /api/journeys/:id/cancel and of
// the journeys cancelled when the patient objects to the sharing of their data.
import type { Request } from 'express';
import { cancelJourneySignal } from '@parcours/worker';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import type { ApiDeps } from '../deps.ts';

/** Statuses a cancellation applies to: a journey held in error can be cancelled too (the workflow ends it). */
export const CANCELLABLE = ['running', 'error'] as const;

export async function cancelJourney(
  { prisma, temporal }: Pick<ApiDeps, 'prisma' | 'temporal'>,
  req: Request,
  journey: { id: string; workflowId: string; patientId: string },
  reason: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await temporal.workflow
    .getHandle(journey.workflowId)
    .signal(cancelJourneySignal, { reason, cancelledBy: currentUser(req).id });
  await recordAudit(prisma, req, {
    action: 'cancel',
    resource: 'journey',
    resourceId: journey.id,
    patientId: journey.patientId,
    details: { reason, ...details },
  });
}
