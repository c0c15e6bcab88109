// GET /api/journeys/:id/history, /history.json and POST /api/journeys/:id/replay: the auditor's view of a journey from
// Temporal's own record (every run of its chain), the raw export, and a replay of that record against the current
// workflow code that reports the exact non-determinism if the code no longer matches what happened. The reading of
// histories is the worker package's (one mapping for every consumer); this file adds access, names and the audit trail.
import { isGrpcServiceError, WorkflowNotFoundError } from '@temporalio/client';
import type { Request, RequestHandler } from 'express';
import {
  fetchJourneyHistories,
  historiesToJSON,
  historyToTimeline,
  journeyHistoryView,
  replayJourney,
} from '@parcours/worker';
import type { JourneyRunHistory } from '@parcours/worker';
import type { JourneyHistory, ReplayVerdict } from '@parcours/rules/contract';
import { recordAudit } from '../audit/record.ts';
import type { ApiDeps } from '../deps.ts';
import { idParams } from '../http/common.ts';
import { AppError } from '../http/errors.ts';
import { parseParams } from '../http/validate.ts';
import { presentOutcome } from './present.ts';
import { assignmentNames, presentAssignment } from './assignment-text.ts';

async function loadJourney({ prisma }: ApiDeps, req: Request) {
  const { id } = parseParams(idParams, req);
  const journey = await prisma.journey.findUnique({ where: { id } });
  if (!journey) throw new AppError(404, 'not_found', 'Parcours patient introuvable');
  return journey;
}

/**
 * The runs of this journey, oldest first. The projection's run ids are authoritative: the workflow id is reused when a
 * patient is enrolled again after a journey closed, so "the latest run of the workflow id" may be another journey.
 */
const GRPC_NOT_FOUND = 5;

async function runsOf(deps: ApiDeps, journey: { workflowId: string; runIds: string[] }): Promise<JourneyRunHistory[]> {
  try {
    return await fetchRuns(deps, journey);
  } catch (error) {
    // The row outlived Temporal's record (a server restored without it, or past its retention): say so, not a 500.
    if (error instanceof WorkflowNotFoundError || (isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND))
      throw new AppError(
        404,
        'history_not_found',
        'L’historique de ce parcours est introuvable dans le moteur de parcours',
      );
    throw error;
  }
}

async function fetchRuns(
  deps: ApiDeps,
  journey: { workflowId: string; runIds: string[] },
): Promise<JourneyRunHistory[]> {
  if (!journey.runIds.length) return fetchJourneyHistories(deps.temporal, journey.workflowId);
  return Promise.all(
    journey.runIds.map(async (runId) => ({
      runId,
      history: await deps.temporal.workflow.getHandle(journey.workflowId, runId).fetchHistory(),
    })),
  );
}

export function journeyHistory(deps: ApiDeps): RequestHandler {
  return async (req, res) => {
    const journey = await loadJourney(deps, req);
    const runs = await runsOf(deps, journey);
    // First pass for the actors' ids, then the view with their names.
    const ids = [...new Set(historyToTimeline(runs).flatMap((e) => (e.actor ? [e.actor.id] : [])))].filter((id) =>
      /^[0-9a-f-]{36}$/i.test(id),
    );
    const users = await deps.prisma.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, displayName: true },
    });
    const view = journeyHistoryView(runs, {
      displayNames: Object.fromEntries(users.map((u) => [u.id, u.displayName])),
    });
    await recordAudit(deps.prisma, req, {
      action: 'read',
      resource: 'journey-history',
      resourceId: journey.id,
      patientId: journey.patientId,
    });
    // Whom each task, escalation and message went to, named, and why the rule chose them.
    const names = await assignmentNames(deps.prisma, view.events);
    // The worker knows the base outcomes only; the CPTS's own are labelled here.
    const events = view.events.map((raw) => {
      const e = presentAssignment(raw, names);
      const code = e.kind === 'completed' ? (e.detail?.outcome as string | undefined) : undefined;
      const label = code ? presentOutcome(code, deps.config.OUTCOMES) : null;
      if (!label) return e;
      return {
        ...e,
        summary: { fr: `Parcours terminé, issue « ${label.fr} »`, en: `Journey ended, outcome "${label.en}"` },
        detail: { ...e.detail, outcomeLabel: label },
      };
    });
    res.json({ ...view, events, journeyId: journey.id } satisfies JourneyHistory);
  };
}

export function journeyHistoryJson(deps: ApiDeps): RequestHandler {
  return async (req, res) => {
    const journey = await loadJourney(deps, req);
    const runs = await runsOf(deps, journey);
    await recordAudit(deps.prisma, req, {
      action: 'export',
      resource: 'journey-history',
      resourceId: journey.id,
      patientId: journey.patientId,
    });
    res.attachment(`journey-${journey.id}-history.json`).json({ journeyId: journey.id, ...historiesToJSON(runs) });
  };
}

export function replayJourneyRoute(deps: ApiDeps): RequestHandler {
  return async (req, res) => {
    const journey = await loadJourney(deps, req);
    const result = await replayJourney(await runsOf(deps, journey), { workflowId: journey.workflowId });
    await recordAudit(deps.prisma, req, {
      action: 'read',
      resource: 'journey-replay',
      resourceId: journey.id,
      patientId: journey.patientId,
      details: { ok: result.ok },
    });
    res.json(result satisfies ReplayVerdict);
  };
}
