// POST /api/journeys: eligibility is checked (and a refusal explained) before the worker's startJourney runs (which
// refuses a patient who objects to the sharing of their data: a 409 with the day and channel); the
// projection row is written at once (with its `start` audit row) so the answer's id is immediately readable.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { definitionLabeler, evaluate, eligibilityFacts } from '@parcours/rules';
import { findPublishedDefinition, insertJourneyStarts, startJourney as beginJourney } from '@parcours/worker';
import { requestAuditContext } from '../audit/record.ts';
import { currentUser } from '../auth/middleware.ts';
import type { ApiDeps } from '../deps.ts';
import { parcoursKeySchema, positiveInt32 } from '../http/common.ts';
import { patientRecordSelect, toPatientRecord } from '@parcours/db';
import { AppError } from '../http/errors.ts';
import { parseBody } from '../http/validate.ts';
import { patientObjects } from '../patients/say/errors.ts';

export const startJourneyBody = z.strictObject({
  patientId: z.string().uuid(),
  parcoursKey: parcoursKeySchema,
  version: positiveInt32.optional(),
});

export function startJourney(deps: ApiDeps): RequestHandler {
  const { prisma } = deps;
  return async (req, res) => {
    const user = currentUser(req);
    const body = parseBody(startJourneyBody, req);
    const patient = await prisma.patient.findUnique({ where: { id: body.patientId }, select: patientRecordSelect });
    if (!patient)
      throw new AppError(404, 'patient_not_found', 'Patient introuvable', [
        { pointer: '/body/patientId', code: 'not_found', message: 'Patient introuvable' },
      ]);
    const definition = await findPublishedDefinition(prisma, body.parcoursKey, body.version);
    if (!definition) {
      throw new AppError(404, 'parcours_not_found', 'Aucune version publiée de ce parcours', [
        {
          pointer: body.version ? '/body/version' : '/body/parcoursKey',
          code: 'not_found',
          message: 'Aucune version publiée',
        },
      ]);
    }
    const def = definition.body;
    const now = new Date();
    const facts = eligibilityFacts(toPatientRecord(patient), now);
    const verdict = await evaluate(def.eligibility, facts, now, { labels: definitionLabeler(def) });
    if (!verdict.result) {
      throw new AppError(422, 'not_eligible', `Patient non éligible : ${verdict.text.fr}`, [], {
        explanation: verdict.explanation,
        reasons: verdict.text,
      });
    }
    const outcome = await beginJourney(deps.temporal, {
      prisma,
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      patientId: patient.id,
      definition,
      startedBy: user.id,
      searchAttributes: deps.temporalSearchAttributes ?? true,
    });
    // The worker's start refuses a patient who objects to the sharing of their data, whoever starts the journey.
    if (outcome.status === 'objecting') throw patientObjects(outcome.objection);
    if (outcome.status === 'already') {
      throw new AppError(409, 'already_enrolled', 'Ce patient suit déjà ce parcours', [
        { pointer: '/body/parcoursKey', code: 'already_enrolled', message: 'Parcours déjà en cours pour ce patient' },
      ]);
    }
    await insertJourneyStarts(prisma, [outcome.row], {
      ...requestAuditContext(req),
      details: { parcoursKey: definition.key, version: definition.version },
    });
    res.status(201).json({
      id: outcome.journeyId,
      status: 'running',
      workflowId: outcome.workflowId,
      parcoursKey: definition.key,
      version: definition.version,
    });
  };
}
