// POST /api/journeys: eligibility is checked (and a refusal explained) before the interpreter workflow starts on the
// pinned definition. The workflow id makes a second open journey for the same patient and parcours impossible.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { z } from 'zod';
import { evaluate, patientFacts } from '@parcours/rules';
import type { ParcoursDefinition } from '@parcours/rules';
import { journeyWorkflowId } from '@parcours/worker';
import type { JourneyInput } from '@parcours/worker';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { parseBody } from '../http/validate.ts';

export const startJourneyBody = z.strictObject({
  patientId: z.string().uuid(),
  parcoursKey: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  version: z.number().int().positive().optional(),
});

export function startJourney({ prisma, temporal, config }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const user = currentUser(req);
    const body = parseBody(startJourneyBody, req);
    const patient = await prisma.patient.findUnique({ where: { id: body.patientId } });
    if (!patient)
      throw new AppError(404, 'patient_not_found', 'Patient introuvable', [
        { pointer: '/body/patientId', code: 'not_found', message: 'Patient introuvable' },
      ]);
    const definition = await prisma.parcoursDefinition.findFirst({
      where: { key: body.parcoursKey, status: 'published', ...(body.version ? { version: body.version } : {}) },
      orderBy: { version: 'desc' },
    });
    if (!definition?.version || !definition.hash) {
      throw new AppError(404, 'parcours_not_found', 'Aucune version publiée de ce parcours', [
        {
          pointer: body.version ? '/body/version' : '/body/parcoursKey',
          code: 'not_found',
          message: 'Aucune version publiée',
        },
      ]);
    }
    const body_ = definition.body as unknown as ParcoursDefinition;
    const now = new Date();
    if (body_.eligibility) {
      const facts = {
        patient: patientFacts({ ...patient, extra: patient.extra as Record<string, unknown> }, now),
        answers: {},
        journey: { startedAt: now.toISOString(), daysSinceStart: 0, iteration: 0, previousOutcome: null },
      };
      const verdict = await evaluate(body_.eligibility, facts, now);
      if (!verdict.result) {
        throw new AppError(422, 'not_eligible', `Patient non éligible : ${verdict.text.fr}`, [], {
          explanation: verdict.explanation,
        });
      }
    }
    const journeyId = randomUUID();
    const workflowId = journeyWorkflowId(definition.key, patient.id);
    const input: JourneyInput = {
      journeyId,
      patientId: patient.id,
      startedBy: user.id,
      definition: {
        id: definition.id,
        key: definition.key,
        version: definition.version,
        hash: definition.hash,
        body: body_,
      },
    };
    try {
      await temporal.workflow.start('parcoursJourney', {
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        workflowId,
        args: [input],
        memo: { title: definition.title },
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        throw new AppError(409, 'already_enrolled', 'Ce patient suit déjà ce parcours', [
          { pointer: '/body/parcoursKey', code: 'already_enrolled', message: 'Parcours déjà en cours pour ce patient' },
        ]);
      }
      throw error;
    }
    // The workflow's first activity writes the same row; whichever runs first wins, the other changes nothing.
    await prisma.journey.upsert({
      where: { id: journeyId },
      create: {
        id: journeyId,
        workflowId,
        patientId: patient.id,
        definitionId: definition.id,
        parcoursKey: definition.key,
        parcoursVersion: definition.version,
        startedById: user.id,
      },
      update: {},
    });
    await recordAudit(prisma, req, {
      action: 'start',
      resource: 'journey',
      resourceId: journeyId,
      patientId: patient.id,
      details: { parcoursKey: definition.key, version: definition.version },
    });
    res
      .status(201)
      .json({ id: journeyId, status: 'running', workflowId, parcoursKey: definition.key, version: definition.version });
  };
}
