// /api/patients/:id/care-team: who cares for the patient (médecin traitant and other named professionals), read by
// whoever may read the patient, written by coordinators. Every read and write is in the audit log with the patient.
import { recordAudit } from '../../audit/record.ts';
import { currentUser } from '../../auth/middleware.ts';
import { patientScope } from '../../auth/scope.ts';
import { idParams } from '../../http/common.ts';
import { AppError } from '../../http/errors.ts';
import { route } from '../../http/route.ts';
import { parseBody, parseParams } from '../../http/validate.ts';
import { todayInFrance } from './dates.ts';
import { careTeamInclude, presentMember } from './present.ts';
import { careTeamAdd, careTeamEnd, careTeamMember, careTeamMemberParams } from './schemas.ts';
import { addCareTeamMember, endCareTeamMember } from './service.ts';
import { z } from 'zod';

const tag = 'patients';
const resource = 'care-team';

export const careTeamRoutes = [
  route({
    method: 'get',
    path: '/patients/:id/care-team',
    permission: ['patients', 'show'],
    tag,
    summary: 'Équipe de soins du patient : membres actuels puis passés, avec qui les a déclarés',
    params: idParams,
    success: { status: 200, schema: z.array(careTeamMember) },
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const patient = await prisma.patient.findFirst({
          where: { AND: [{ id }, patientScope(currentUser(req))] },
          select: { id: true },
        });
        if (!patient) throw new AppError(404, 'not_found', 'Patient introuvable');
        const rows = await prisma.careTeamMember.findMany({
          where: { patientId: id },
          include: careTeamInclude,
          orderBy: [{ endDate: { sort: 'desc', nulls: 'first' } }, { startDate: 'desc' }],
        });
        await recordAudit(prisma, req, { action: 'read', resource, patientId: id, details: { members: rows.length } });
        const today = todayInFrance();
        res.json(rows.map((m) => presentMember(m, today)));
      },
  }),
  route({
    method: 'post',
    path: '/patients/:id/care-team',
    permission: ['patients', 'care-team'],
    tag,
    summary: 'Ajoute un professionnel à l’équipe de soins (un seul médecin traitant à la fois, de profession MG)',
    params: idParams,
    body: careTeamAdd,
    success: { status: 201, schema: careTeamMember },
    errors: [409],
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id } = parseParams(idParams, req);
        const input = parseBody(careTeamAdd, req);
        const member = await addCareTeamMember(prisma, id, input, currentUser(req).id);
        await recordAudit(prisma, req, {
          action: 'create',
          resource,
          resourceId: member.id,
          patientId: id,
          details: { userId: member.userId, role: member.role, profession: member.profession },
        });
        res.status(201).json(presentMember(member, todayInFrance()));
      },
  }),
  route({
    method: 'post',
    path: '/patients/:id/care-team/:memberId/end',
    permission: ['patients', 'care-team'],
    tag,
    summary: 'Termine la prise en charge d’un membre de l’équipe de soins (aujourd’hui par défaut)',
    params: careTeamMemberParams,
    body: careTeamEnd,
    success: { status: 200, schema: careTeamMember },
    errors: [409],
    handler:
      ({ prisma }) =>
      async (req, res) => {
        const { id, memberId } = parseParams(careTeamMemberParams, req);
        const { endDate } = parseBody(careTeamEnd, req);
        const member = await endCareTeamMember(prisma, id, memberId, endDate, currentUser(req).id);
        await recordAudit(prisma, req, {
          action: 'update',
          resource,
          resourceId: member.id,
          patientId: id,
          details: { ended: true, endDate: member.endDate },
        });
        res.json(presentMember(member, todayInFrance()));
      },
  }),
];
