// /api/patients/:id/say: what the patient said about the sharing of their data (informed, objected, objection
// withdrawn), read with the patient and recorded by the coordination or the professionals who care for them. An
// objection is recorded first, then cancels the patient's running journeys in the same request (reason « Opposition du
// patient »), through the same path as POST /api/journeys/:id/cancel; those Temporal cannot be reached for just then
// are answered as pending and cancelled by the objection sweep (objection-cancellations.ts).
// /api/patients/:id/access-log: the right-of-access report.
import type { Request } from 'express';
import { currentObjection } from '@parcours/db';
import { recordAudit } from '../../audit/record.ts';
import { currentUser } from '../../auth/middleware.ts';
import { patientScope } from '../../auth/scope.ts';
import type { ApiDeps } from '../../deps.ts';
import { idParams } from '../../http/common.ts';
import { route } from '../../http/route.ts';
import { parseBody, parseParams } from '../../http/validate.ts';
import { CANCELLABLE, cancelJourney } from '../../journeys/cancel-journey.ts';
import { isUnreachable, OBJECTION_CANCEL_REASON } from './objection-cancellations.ts';
import { accessLog, accessLogReport } from './access-log.ts';
import { patientNotFound } from './errors.ts';
import { sayHistory, sayInput, sayRecorded } from './schemas.ts';
import { presentSayEvent, presentSayState, recordSay, sayInclude } from './service.ts';

const tag = 'patients';
const resource = 'patient-say';

/** The patient, if the caller may see them (the one patient scope: care team in force, their tasks, a grant). */
async function visiblePatient(prisma: ApiDeps['prisma'], req: Request, id: string) {
  const patient = await prisma.patient.findFirst({
    where: { AND: [{ id }, patientScope(currentUser(req))] },
    select: { id: true, informedOn: true, objectingSince: true },
  });
  if (!patient) throw patientNotFound();
  return patient;
}

export const sayRoutes = [
  route({
    method: 'get',
    path: '/patients/:id/say',
    permission: ['patients', 'show'],
    tag,
    summary: 'Information et opposition : état actuel et historique (du plus récent au plus ancien)',
    params: idParams,
    success: { status: 200, schema: sayHistory },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const patient = await visiblePatient(prisma, req, id);
        const events = await prisma.patientSayEvent.findMany({
          where: { patientId: id },
          include: sayInclude,
          orderBy: [{ occurredOn: 'desc' }, { recordedAt: 'desc' }],
        });
        await recordAudit(prisma, req, { action: 'read', resource, patientId: id, details: { events: events.length } });
        const objection = patient.objectingSince ? events.find((e) => e.kind === 'objection') : undefined;
        res.json({
          ...presentSayState(patient, objection?.channel ?? null),
          events: events.map(presentSayEvent),
        });
      },
  }),
  route({
    method: 'post',
    path: '/patients/:id/say',
    permission: ['patients', 'say'],
    tag,
    summary:
      'Enregistre une information, une opposition ou son retrait (date jamais future, canal de la liste) ; une ' +
      'opposition annule les parcours en cours du patient (motif « Opposition du patient ») ; ceux que le moteur ' +
      'ne peut pas joindre sur le moment sont comptés à part et annulés dès qu’il répond',
    params: idParams,
    body: sayInput,
    success: { status: 201, schema: sayRecorded },
    temporal: 'call',
    errors: [409],
    handler: (deps) => async (req, res) => {
      const { prisma } = deps;
      const { id } = parseParams(idParams, req);
      const input = parseBody(sayInput, req);
      await visiblePatient(prisma, req, id);
      const { event, patient } = await recordSay(prisma, id, input, currentUser(req).id);
      await recordAudit(prisma, req, {
        action: 'create',
        resource,
        resourceId: event.id,
        patientId: id,
        details: { kind: event.kind, channel: event.channel },
      });
      let cancelled = 0;
      let pending = 0;
      if (event.kind === 'objection') {
        const running = await prisma.journey.findMany({
          where: { patientId: id, status: { in: [...CANCELLABLE] } },
          select: { id: true, workflowId: true, patientId: true },
        });
        for (const journey of running) {
          try {
            await cancelJourney(deps, req, journey, OBJECTION_CANCEL_REASON, { objectionId: event.id });
            cancelled++;
          } catch (error) {
            // The objection is recorded: Temporal away must not answer « nothing was recorded ». The sweep sends
            // the rest once Temporal answers.
            if (!isUnreachable(error)) throw error;
            pending = running.length - cancelled;
            req.log.warn({ pending }, 'objection recorded; cancellations left to the sweep');
            break;
          }
        }
      }
      res.status(201).json({
        event: presentSayEvent(event),
        state: presentSayState(patient, (await currentObjection(prisma, id))?.channel ?? null),
        cancelledJourneys: cancelled,
        pendingCancellations: pending,
      });
    },
  }),
  route({
    method: 'get',
    path: '/patients/:id/access-log',
    permission: ['patients', 'access-log'],
    tag,
    summary: 'Droit d’accès : qui a consulté ou modifié les données du patient, et quand (relevé imprimable)',
    params: idParams,
    success: { status: 200, schema: accessLogReport },
    handler: accessLog,
  }),
];
