// POST /api/parcours/simulate: dry-runs a (possibly unsaved) definition for a patient (given facts, a stored patient,
// or a default 70-year-old) with scripted answers. Nothing is written but the audit row when a real patient is read.
import type { RequestHandler } from 'express';
import { simulate } from '@parcours/rules';
import type { ScriptedAnswers } from '@parcours/rules';
import { recordAudit } from '../audit/record.ts';
import type { ApiDeps } from '../deps.ts';
import { AppError } from '../http/errors.ts';
import { parseBody } from '../http/validate.ts';
import { simulateBody } from './schemas.ts';

const DEFAULT_PATIENT = { birthDate: '1955-06-15', sex: 'F', conditions: [], ald: [], hasMedecinTraitant: true };

export function simulateParcours({ prisma }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const body = parseBody(simulateBody, req);
    let patient: Record<string, unknown> = body.patient ?? DEFAULT_PATIENT;
    if (body.patientId) {
      const row = await prisma.patient.findUnique({ where: { id: body.patientId } });
      if (!row)
        throw new AppError(404, 'patient_not_found', 'Patient introuvable', [
          { pointer: '/body/patientId', code: 'not_found', message: 'Patient introuvable' },
        ]);
      await recordAudit(prisma, req, {
        action: 'read',
        resource: 'patient',
        resourceId: row.id,
        patientId: row.id,
        details: { purpose: 'simulation' },
      });
      patient = { ...row, extra: row.extra as Record<string, unknown> };
    }
    try {
      const result = await simulate(
        body.definition,
        patient as never,
        (body.answers ?? {}) as ScriptedAnswers,
        body.start ?? new Date(),
        { maxSteps: body.maxSteps ?? 200 },
      );
      res.json(result);
    } catch (error) {
      // simulate() throws RangeError on impossible patient data (bad sex, unreadable date): the caller's input.
      if (error instanceof RangeError || error instanceof TypeError) {
        throw new AppError(422, 'invalid_patient', `Données patient inutilisables : ${error.message}`, [
          { pointer: '/body/patient', code: 'invalid', message: 'Données patient inutilisables' },
        ]);
      }
      throw error;
    }
  };
}
