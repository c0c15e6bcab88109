// POST /api/patients/:id/break-glass: a professional outside the patient's care team opens the file for a stated
// reason. The grant, its audit row and the notice to the médecin traitant are written in one transaction, so there is
// never an access nobody was told of, nor a notice of an access that does not exist.
import type { RequestHandler } from 'express';
import { requestAuditContext } from '../audit/record.ts';
import { careTeamInForce } from '../auth/scope.ts';
import { currentUser } from '../auth/middleware.ts';
import type { ApiDeps } from '../deps.ts';
import { idParams } from '../http/common.ts';
import { AppError } from '../http/errors.ts';
import { parseBody, parseParams } from '../http/validate.ts';
import { breakGlassNotice } from './notice.ts';
import { grantInclude, presentGrant } from './present.ts';
import { breakGlassBody } from './schemas.ts';

const HOUR = 3_600_000;

export function openBreakGlass({ prisma, config }: ApiDeps): RequestHandler {
  return async (req, res) => {
    const user = currentUser(req);
    const { id: patientId } = parseParams(idParams, req);
    const { reason } = parseBody(breakGlassBody, req);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + config.BREAK_GLASS_HOURS * HOUR);
    const { grant, notified } = await prisma.$transaction(async (tx) => {
      const patient = await tx.patient.findUnique({ where: { id: patientId }, select: { id: true } });
      if (!patient) throw new AppError(404, 'not_found', 'Patient introuvable');
      const opener = await tx.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { displayName: true, profession: true },
      });
      const medecinTraitant = await tx.careTeamMember.findFirst({
        where: { patientId, role: 'medecin-traitant', ...careTeamInForce(now) },
        select: { userId: true },
      });
      const grant = await tx.breakGlassAccess.create({
        data: { userId: user.id, patientId, reason, createdAt: now, expiresAt },
        include: grantInclude,
      });
      await tx.auditEvent.create({
        data: {
          ...requestAuditContext(req),
          at: now,
          actorId: user.id,
          action: 'break-glass',
          resource: 'patient',
          resourceId: patientId,
          patientId,
          details: { grantId: grant.id, reason, expiresAt: expiresAt.toISOString() },
        },
      });
      await tx.outboxMessage.create({
        data: breakGlassNotice({
          grantId: grant.id,
          patientId,
          opener,
          reason,
          createdAt: now,
          expiresAt,
          medecinTraitantId: medecinTraitant?.userId ?? null,
        }),
      });
      return { grant, notified: medecinTraitant ? ('medecin-traitant' as const) : ('coordination' as const) };
    });
    res.status(201).json({ ...presentGrant(grant, now), notified });
  };
}
